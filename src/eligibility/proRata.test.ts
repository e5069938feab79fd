import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../law/civilDate.js';
import type { Grosze } from '../law/grosze.js';
import { explainEligibilityStep } from './explain.js';
import { assessIncomeChange } from './incomeChange.js';
import { computeProRata } from './proRata.js';

const d = (s: string) => s as CivilDate;
const g = (n: number) => n as Grosze;

describe('computeProRata (art. 106 ust. 3)', () => {
  it('900,00 a month from 2025-04-16: 900,00 ÷ 30 × 15 = 450,00 (examples.md)', () => {
    expect(computeProRata(g(90000), d('2025-04-16'), d('2025-04-30'))).toMatchObject({ amount: 45000, days: 15, daysInMonth: 30 });
  });

  it('divides by the days of the month, February included', () => {
    expect(computeProRata(g(90000), d('2024-02-15'), d('2024-02-29'))).toMatchObject({ amount: 46552, days: 15, daysInMonth: 29 }); // 465,517… → 465,52
    expect(computeProRata(g(90000), d('2025-02-01'), d('2025-02-28'))).toMatchObject({ amount: 90000 });
  });

  it('refuses dates across months or reversed', () => {
    expect(computeProRata(g(90000), d('2025-04-16'), d('2025-05-01'))).toMatchObject({ amount: null, error: 'dates_not_in_one_month', issues: [{ code: 'dates_not_in_one_month' }] });
    expect(computeProRata(g(90000), d('2025-04-16'), d('2025-04-15'))).toMatchObject({ amount: null, error: 'dates_reversed', issues: [{ code: 'dates_reversed' }] });
  });

  it('never throws: fractional or huge amounts, impossible or malformed dates give typed issues', () => {
    const codes = (r: ReturnType<typeof computeProRata>) => (r.amount === null ? r.issues.map((i) => i.code) : []);
    expect(codes(computeProRata(g(900.5), d('2025-04-16'), d('2025-04-30')))).toEqual(['invalid_amount']);
    expect(codes(computeProRata(g(2 ** 53 - 1), d('2025-04-16'), d('2025-04-30')))).toEqual(['invalid_amount']);
    expect(codes(computeProRata(g(Number.NaN), d('2025-04-16'), d('2025-04-30')))).toEqual(['invalid_amount']);
    expect(codes(computeProRata(g(90000), d('2025-04-31'), d('2025-04-30')))).toEqual(['invalid_date']);
    expect(codes(computeProRata(g(90000), d('2025-4-1'), d('x')))).toEqual(['invalid_date', 'invalid_date']);
    expect(codes(computeProRata(null as never, undefined as never, {} as never))).toEqual(['invalid_amount', 'invalid_date', 'invalid_date']);
  });
});

describe('assessIncomeChange (art. 106 ust. 3a)', () => {
  const change = (kind: 'singlePerson' | 'family', from: number, to: number) => {
    const r = assessIncomeChange({ asOf: d('2025-05-01'), householdKind: kind, previousIncome: g(from), newIncome: g(to) });
    if (!r.ok) throw new Error('outside');
    return r.value;
  };

  it('tolerates a change of exactly 10% of the criterion (101,00 single, 82,30 family), not a grosz more', () => {
    expect(change('singlePerson', 50000, 60100)).toMatchObject({ requiresRecalculation: false, tolerance: 10100 });
    expect(change('singlePerson', 50000, 60101).requiresRecalculation).toBe(true);
    expect(change('family', 200000, 191770).requiresRecalculation).toBe(false);
    expect(change('family', 200000, 191769).requiresRecalculation).toBe(true);
  });

  it('is unsupported before the act', () => {
    expect(assessIncomeChange({ asOf: d('2004-01-01'), householdKind: 'family', previousIncome: g(0), newIncome: g(1) }).ok).toBe(false);
  });
});

describe('pro rata and tolerance: traces', () => {
  it('explains the pro-rata computation and the tolerance test with their numbers', () => {
    const r = computeProRata(g(90000), d('2025-04-16'), d('2025-04-30'));
    expect(r.amount !== null && explainEligibilityStep(r.trace, 'en')).toBe('Incomplete month (April 2025): 900,00 zł ÷ 30 days × 15 days (16 April 2025 to 30 April 2025) = 450,00 zł.');
    expect(r.amount !== null && [r.trace.basis, r.trace.outcome]).toEqual([{ act: 'ups', article: '106', paragraph: '3' }, 45000]);
    const c = assessIncomeChange({ asOf: d('2025-05-01'), householdKind: 'family', previousIncome: g(200000), newIncome: g(191769) });
    expect(c.ok && [c.value.change, c.value.tolerance, explainEligibilityStep(c.value.trace, 'pl')]).toEqual([8231, 8230, 'Zmiana dochodu o 82,31 zł przekracza 10% kryterium (82,30 zł): wysokość świadczenia ustala się na nowo.']);
    expect(c.ok && c.value.trace.parameters.map((p) => [p.name, p.value])).toEqual([['incomeCriteria.perPersonInFamily', 82300], ['incomeChangeTolerance.percent', 10]]);
  });
});
