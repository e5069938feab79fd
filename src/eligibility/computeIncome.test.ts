import { describe, expect, it } from 'vitest';
import { Household } from '../case/household.js';
import type { CivilDate } from '../law/civilDate.js';
import { explainEligibilityReason } from './explain.js';
import { type IncomeInput, computeIncome } from './computeIncome.js';
import type { IncomeItem } from './incomeItem.js';
import { referenceMonth } from './referenceMonth.js';

const single = Household.parse({ id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1960-01-01' }, relation: 'applicant' }] });
const family = Household.parse({
  id: 'h', kind: 'family', members: [
    { person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1980-01-01' }, relation: 'applicant' },
    { person: { id: 'q', firstName: 'C', lastName: 'B', birthDate: '1982-01-01' }, relation: 'spouse' },
  ],
});
const d = (s: string) => s as CivilDate;

function income(items: IncomeItem[], o: Partial<IncomeInput> = {}) {
  const r = computeIncome({ asOf: d('2025-03-20'), applicationDate: d('2025-03-15'), incomeLost: false, household: single, items, ...o });
  if (!r.ok) throw new Error(explainEligibilityReason(r.error, 'en'));
  return r.value;
}
const receipt = (o: Partial<Extract<IncomeItem, { kind: 'receipt' }>>): IncomeItem => ({
  kind: 'receipt', id: 'i', personId: 'p', source: 'employment', month: '2025-02' as never, gross: 0 as never, incomeTax: 0 as never,
  healthContribution: 0 as never, socialContributions: 0 as never, oneOff: false, forPeriod: null, ...o,
});

describe('computeIncome (art. 8)', () => {
  it('takes the month before the application, or the month of application when income was lost (examples.md)', () => {
    expect(referenceMonth(d('2025-03-15'), false)).toBe('2025-02');
    expect(referenceMonth(d('2025-03-15'), true)).toBe('2025-03');
    expect(referenceMonth(d('2025-01-02'), false)).toBe('2024-12');
  });

  it('nets gross receipts of tax and contributions, and deducts alimony paid', () => {
    const r = income([
      receipt({ gross: 400000 as never, incomeTax: 22000 as never, healthContribution: 31000 as never, socialContributions: 54800 as never }),
      { kind: 'maintenancePaid', id: 'm', personId: 'p', month: '2025-02' as never, amount: 50000 as never },
    ]);
    expect(r.familyIncome).toBe(400000 - 22000 - 31000 - 54800 - 50000);
  });

  it('does not count a purpose allowance received (art. 8 ust. 4 pkt 2)', () => {
    const r = income([receipt({ source: 'purposeAllowance', gross: 30000 as never })]);
    expect(r.familyIncome).toBe(0);
    expect(r.trace.find((s) => s.rule === 'art8.excluded')?.basis).toEqual({ act: 'ups', article: '8', paragraph: '4', point: '2' });
  });

  it('counts only the reference month', () => {
    expect(income([receipt({ month: '2025-01' as never, gross: 100000 as never })]).familyIncome).toBe(0);
    expect(income([receipt({ month: '2025-03' as never, gross: 100000 as never })], { incomeLost: true }).familyIncome).toBe(100000);
  });

  it('counts farm income from conversion hectares: 3.5 ha × 459,00 = 1606,50; 0.8 ha → 0 (examples.md)', () => {
    expect(income([{ kind: 'farm', id: 'f', personId: 'p', conversionHectares: '3.5' }]).familyIncome).toBe(160650);
    expect(income([{ kind: 'farm', id: 'f', personId: 'p', conversionHectares: '0.8' }]).familyIncome).toBe(0);
    expect(income([{ kind: 'farm', id: 'f', personId: 'p', conversionHectares: '1' }]).familyIncome).toBe(45900);
    // two plots under 1 ha each, together over it: the farm counts as a whole
    expect(income([
      { kind: 'farm', id: 'f1', personId: 'p', conversionHectares: '0.6' },
      { kind: 'farm', id: 'f2', personId: 'p', conversionHectares: '0.6' },
    ]).familyIncome).toBe(27540 * 2);
  });

  it('spreads a one-off 7200,00 received 2025-02 by a single person (> 5 × 1010,00) as 600,00 a month over 2025-02 … 2026-01 (examples.md)', () => {
    const item = receipt({ month: '2025-02' as never, gross: 720000 as never, oneOff: true });
    expect(income([item]).familyIncome).toBe(60000);
    expect(income([item], { applicationDate: d('2026-02-10'), asOf: d('2026-02-10') }).familyIncome).toBe(60000); // ref 2026-01, the 12th month
    expect(income([item], { applicationDate: d('2026-03-10'), asOf: d('2026-03-10') }).familyIncome).toBe(0); // ref 2026-02: past the 12 months
  });

  it('counts a one-off income at or below 5 × the criterion in the month it was paid', () => {
    expect(income([receipt({ gross: 505000 as never, oneOff: true })]).familyIncome).toBe(505000);
    expect(income([receipt({ gross: 505001 as never, oneOff: true })]).familyIncome).toBe(42084); // 5050,01 / 12, first month takes the extra grosz
  });

  it('uses the family criterion × members for the one-off threshold of a family', () => {
    // family of 2 in 2025: 5 × 823,00 × 2 = 8230,00
    const r = income([receipt({ gross: 823000 as never, oneOff: true })], { household: family });
    expect(r.familyIncome).toBe(823000);
  });

  it('spreads an income due for a period over that period (art. 8 ust. 12)', () => {
    const r = income([receipt({ month: '2025-02' as never, gross: 300000 as never, forPeriod: { from: '2024-12' as never, to: '2025-02' as never } })]);
    expect(r.familyIncome).toBe(100000);
  });

  it('computes business income on the general rules, a loss as 0', () => {
    const base = { kind: 'business', id: 'b', personId: 'p', month: '2025-02', healthContribution: 0, socialContributions: 0, incomeTax: 0 } as const;
    expect(income([{ ...base, revenue: 500000, costs: 300000 } as never]).familyIncome).toBe(200000);
    expect(income([{ ...base, revenue: 100000, costs: 300000 } as never]).familyIncome).toBe(0);
  });

  it('computes family income per person', () => {
    const r = income([receipt({ gross: 100001 as never })], { household: family });
    expect(r.familyIncome).toBe(100001);
    expect(r.incomePerPerson).toBe(50001); // half up
  });

  it('is unsupported before 2004-05-01', () => {
    const r = computeIncome({ asOf: d('2004-04-30'), applicationDate: d('2004-04-30'), incomeLost: false, household: single, items: [] });
    expect(r.ok).toBe(false);
  });

  it('treats socially useful work as excluded before 2025-06-01 and unverified from that day (repealed act)', () => {
    const item = receipt({ source: 'sociallyUsefulWork', gross: 50000 as never, month: '2025-05' as never });
    expect(income([item], { applicationDate: d('2025-06-10'), asOf: d('2025-05-31') }).unsupported).toEqual([]);
    expect(income([item], { applicationDate: d('2025-06-10'), asOf: d('2025-06-01') }).unsupported.map((u) => u.rule)).toEqual(['art8.unverifiedIncome']);
  });
});
