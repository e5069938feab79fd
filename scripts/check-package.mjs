// Imports the built package both ways a vendor would (ESM import and CJS require), at the root and at
// every subpath export (`praca-socjalna/law`, `/case`, …), and runs one step.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const esm = await import('../dist/index.js');
const cjs = require('../dist/index.cjs');
for (const [name, sdk] of [['esm', esm], ['cjs', cjs]]) {
  const r = sdk.valueAt(sdk.incomeCriteria, '2025-03-01');
  if (!r.ok || r.value.value.singlePerson !== 101000) fail(`${name}: valueAt failed`);
  if (typeof sdk.transition !== 'function' || typeof sdk.renderContract !== 'function') fail(`${name}: exports missing`);
  console.log(`${name}: ${Object.keys(sdk).length} exports, criterion on 2025-03-01 = ${r.value.value.singlePerson} gr`);
}

// Every subpath: its four files exist, it loads both ways, it exports something, and only names the
// root also exports (the same value, so a vendor can move between the root and a subpath freely).
const rootNames = new Set(Object.keys(esm));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json' && !k.includes('*')); // ./schemas/* is data
for (const key of subpaths) {
  const area = key.slice(2);
  if (!existsSync(new URL(`../src/${area}/index.ts`, import.meta.url))) fail(`${key}: no src/${area}/index.ts`);
  const entry = pkg.exports[key];
  for (const file of [entry.import.types, entry.import.default, entry.require.types, entry.require.default]) {
    if (!existsSync(new URL(`../${file}`, import.meta.url))) fail(`${key}: ${file} missing (is it in tsup.config.ts?)`);
  }
  const e = await import(`../${entry.import.default}`);
  const c = require(`../${entry.require.default}`);
  const names = Object.keys(e);
  if (names.length === 0) fail(`${key}: exports nothing`);
  if (names.join() !== Object.keys(c).filter((n) => n !== '__esModule').join()) fail(`${key}: ESM and CJS export different names`);
  const extra = names.filter((n) => !rootNames.has(n));
  if (extra.length > 0) fail(`${key}: exports names the root does not: ${extra.join(', ')}`);
  const differ = names.filter((n) => e[n] !== esm[n]);
  if (differ.length > 0) fail(`${key}: ESM values differ from the root's: ${differ.join(', ')}`);
  console.log(`${key}: ${names.length} exports (esm, cjs)`);
}
// An area that exists in src/ with a public index is reserved a subpath: say so when one appears.
for (const area of ['monitoring']) {
  if (existsSync(new URL(`../src/${area}/index.ts`, import.meta.url)) && !subpaths.includes(`./${area}`)) {
    fail(`src/${area}/index.ts exists: add ./${area} to package.json exports and tsup.config.ts`);
  }
}
