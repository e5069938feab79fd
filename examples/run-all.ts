/** Runs every example in this folder (CI runs this): each must finish without an error. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const files = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run-all.ts');
for (const file of files) {
  process.stdout.write(`\n▶ examples/${file}\n`);
  execFileSync(process.execPath, ['--import', 'tsx', new URL(file, here).pathname], { stdio: 'inherit' });
}
process.stdout.write(`\n${files.length} examples ran.\n`);
