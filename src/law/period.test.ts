import { describe, expect, it } from 'vitest';
import { type CivilDate, addCivilDays } from './civilDate.js';
import { farmIncomePerHectare } from './parameters/farmIncomePerHectare.js';
import { incomeCriteria } from './parameters/incomeCriteria.js';
import { permanentAllowanceRules } from './parameters/permanentAllowance.js';
import { incomeChangeTolerance, lumpSumRules, periodicAllowanceRules } from './parameters/statutoryRules.js';
import { type EffectiveTable, valueAt } from './period.js';

const tables: EffectiveTable<unknown>[] = [incomeCriteria, permanentAllowanceRules, farmIncomePerHectare, periodicAllowanceRules, lumpSumRules, incomeChangeTolerance];
const d = (s: string) => s as CivilDate;

describe('effective-dated parameters', () => {
  describe.each(tables.map((t) => [t.name, t] as const))('%s', (_name, table) => {
    it('starts on 2004-05-01, when the act entered into force, and has nothing before it', () => {
      expect(table.periods[0]?.from).toBe('2004-05-01');
      expect(valueAt(table, d('2004-04-30'))).toEqual({ ok: false, error: { code: 'outside_coverage', table: table.name, asOf: '2004-04-30', coveredFrom: '2004-05-01' } });
    });

    it('has periods in strictly increasing order, each with a source and a confidence', () => {
      table.periods.forEach((p, i) => {
        expect(p.source.length).toBeGreaterThan(0);
        expect(['V', 'S', 'R', 'C']).toContain(p.confidence);
        if (i > 0) expect(p.from > (table.periods[i - 1]?.from ?? '')).toBe(true);
      });
    });

    it.each(table.periods.map((p, i) => [p.from, i] as const))('gives the old value the day before %s and the new one on the day', (from, i) => {
      const on = valueAt(table, from);
      expect(on.ok && on.value.value).toEqual(table.periods[i]?.value);
      expect(on.ok && on.value.period.from).toBe(from);
      if (i > 0) {
        const before = valueAt(table, addCivilDays(from, -1));
        expect(before.ok && before.value.value).toEqual(table.periods[i - 1]?.value);
        expect(before.ok && before.value.period.to).toBe(addCivilDays(from, -1)); // contiguous: ends the day before the next starts
      }
    });
  });

  it('gives the criteria of examples.md', () => {
    const at = (s: string) => {
      const r = valueAt(incomeCriteria, d(s));
      return r.ok ? [r.value.value.singlePerson, r.value.value.perPersonInFamily] : null;
    };
    expect(at('2025-03-01')).toEqual([101000, 82300]);
    expect(at('2022-06-30')).toEqual([77600, 60000]);
    expect(at('2012-09-30')).toEqual([47700, 35100]);
    expect(at('2012-10-01')).toEqual([54200, 45600]);
    expect(at('2004-04-30')).toBeNull();
  });

  it('dates the change of the permanent-allowance formula and floor on 2024-01-01', () => {
    const before = valueAt(permanentAllowanceRules, d('2023-12-31'));
    const after = valueAt(permanentAllowanceRules, d('2024-01-01'));
    expect(before.ok && [before.value.value.formula, before.value.value.min]).toEqual(['criterion-minus-income', 3000]);
    expect(after.ok && [after.value.value.formula, after.value.value.percentOfCriterion, after.value.value.min]).toEqual(['percent-of-criterion-minus-income', 130, 10000]);
  });

  it('keeps the last period open', () => {
    const r = valueAt(incomeCriteria, d('2026-11-22'));
    expect(r.ok && r.value.period.to).toBeNull();
  });
});

describe('valueAt shares one answer per period, never a stale one', () => {
  it('answers anew when the table was changed in place (name, basis, origin, a period)', () => {
    const table: EffectiveTable<number> = {
      name: 'own',
      basis: { act: 'ups', article: '8' },
      periods: [{ from: '2025-01-01' as CivilDate, value: 1, source: 'uchwała', confidence: 'V' }],
    };
    const first = valueAt(table, '2025-03-01' as CivilDate);
    expect(valueAt(table, '2025-03-02' as CivilDate)).toBe(first); // the same frozen answer
    const mutable = table as { name: string; basis: unknown; origin?: 'caller' };
    mutable.name = 'renamed';
    const renamed = valueAt(table, '2025-03-01' as CivilDate);
    expect(renamed.ok && renamed.value.table).toBe('renamed');
    mutable.basis = { act: 'ups', article: '99' };
    const rebased = valueAt(table, '2025-03-01' as CivilDate);
    expect(rebased.ok && rebased.value.basis).toEqual({ act: 'ups', article: '99' });
    mutable.origin = 'caller';
    const caller = valueAt(table, '2025-03-01' as CivilDate);
    expect(caller.ok && caller.value.origin).toBe('caller');
    (table.periods[0] as { value: number }).value = 2;
    const revalued = valueAt(table, '2025-03-01' as CivilDate);
    expect(revalued.ok && revalued.value.value).toBe(2);
  });
});
