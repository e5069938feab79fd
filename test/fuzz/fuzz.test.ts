import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { entries, notFuzzed } from './entries.js';
import { runEntry } from './harness.js';

/**
 * The quick pass of the fuzz suite (about a hundred inputs per function, seeded so a failure repeats);
 * `npm run fuzz` runs the same table on a million inputs. Checks on every call: no throw, no mutation
 * of the (deep-frozen) inputs, determinism, no Object.prototype pollution, no NaN or invalid date in
 * the output, and the entry's own invariants (states pass their schema, money bounded).
 */
const RUNS = Number(process.env['FUZZ_QUICK_RUNS'] ?? 60);
const SEED = 20261125;

describe('fuzz (quick pass)', () => {
  it('has an entry for every function exported from src/index.ts', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function' && !('safeParse' in (v as object)))
      .map(([k]) => k);
    const covered = new Set([...entries.map((e) => e.fn ?? e.name), ...Object.keys(notFuzzed)]);
    expect(functions.filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(entries.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const outcome = runEntry(entry, RUNS, SEED);
    expect(outcome.inputs).toBe(RUNS);
    expect({ throws: outcome.throws, failures: outcome.failures, first: outcome.firstFailure }).toEqual({ throws: 0, failures: 0, first: undefined });
  });
});
