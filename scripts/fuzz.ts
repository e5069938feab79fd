/**
 * npm run fuzz — the long fuzz run: every entry of test/fuzz/entries.ts on its share of at least
 * 1,000,000 inputs (FUZZ_TOTAL to change, FUZZ_ONLY=name1,name2 to select), with a per-function table.
 * Exits 1 if any unexpected throw or failure occurs.
 */
import { entries } from '../test/fuzz/entries.js';
import { type Outcome, runEntry } from '../test/fuzz/harness.js';

const total = Number(process.env['FUZZ_TOTAL'] ?? 1_000_000);
const only = process.env['FUZZ_ONLY']?.split(',');
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const selected = entries.filter((e) => only === undefined || only.includes(e.name));
const perEntry = Math.ceil(total / selected.length);

const rows: [string, Outcome][] = [];
console.log(`fuzz: ${selected.length} functions × ${perEntry} inputs, seed ${seed}`);
for (const entry of selected) {
  const outcome = runEntry(entry, perEntry, seed);
  rows.push([entry.name, outcome]);
  const flag = outcome.throws + outcome.failures > 0 ? '  ✖' : outcome.known > 0 ? '  (known)' : '';
  console.log(`${entry.name.padEnd(26)} ${String(outcome.inputs).padStart(9)} inputs ${String(outcome.throws).padStart(6)} throws ${String(outcome.failures).padStart(6)} failures ${String(outcome.known).padStart(6)} known ${(outcome.ms / 1000).toFixed(1).padStart(7)} s${flag}`);
  if (outcome.firstFailure) console.log(`    first: ${outcome.firstFailure}`);
}
const sum = (k: 'inputs' | 'throws' | 'failures' | 'known' | 'ms') => rows.reduce((s, [, o]) => s + o[k], 0);
console.log(`\ntotal: ${sum('inputs')} inputs, ${sum('throws')} throws, ${sum('failures')} failures, ${sum('known')} known (open findings), ${(sum('ms') / 1000).toFixed(1)} s`);
for (const e of selected.filter((x) => x.open)) console.log(`open finding — ${e.name}: ${e.open?.finding}`);
process.exitCode = sum('throws') + sum('failures') > 0 ? 1 : 0;
