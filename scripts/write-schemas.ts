/**
 * Writes the JSON Schemas to schemas/<Name>.json (shipped as `praca-socjalna/schemas/<Name>.json`) and
 * schemas/index.json, the list of names. Run by `npm run build`; `npm run schemas [dir]` writes elsewhere.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemas } from './jsonSchemas.js';

const dir = resolve(process.argv[2] ?? new URL('../schemas', import.meta.url).pathname);
const schemas = jsonSchemas();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [name, schema] of schemas) writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(join(dir, 'index.json'), `${JSON.stringify([...schemas.keys()], null, 2)}\n`);
console.log(`${schemas.size} JSON Schemas written to ${dir}`);
