/**
 * Writes the fixtures to fixtures/<name>.json (shipped as `praca-socjalna/fixtures/<name>.json`) and
 * fixtures/index.json, the list of names. Run by `npm run build`; `npm run fixtures [dir]` writes elsewhere.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFixtures } from './fixtures.js';

const dir = resolve(process.argv[2] ?? new URL('../fixtures', import.meta.url).pathname);
const fixtures = buildFixtures();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const f of fixtures) writeFileSync(join(dir, `${f.name}.json`), `${JSON.stringify(f, null, 2)}\n`);
writeFileSync(join(dir, 'index.json'), `${JSON.stringify(fixtures.map((f) => f.name), null, 2)}\n`);
console.log(`${fixtures.length} fixtures written to ${dir}`);
