import { describe, expect, it } from 'vitest';
import { netIncome, request } from '../../test/support/eligibility.js';
import type { CivilDate } from '../law/civilDate.js';
import type { Grosze } from '../law/grosze.js';
import type { LawOverrides } from '../law/lawTables.js';
import { incomeCriteria } from '../law/parameters/incomeCriteria.js';
import { assessValidatedEligibility, parseEligibilityRequest } from './assessEligibility.js';
import { compareUnder, reformSummary } from './compareUnder.js';
import { explain } from './explain.js';
import type { EligibilityRequest } from './request.js';

const parsed = (o: Parameters<typeof request>[0]): EligibilityRequest => {
  const r = parseEligibilityRequest(request(o));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
/** A caller's period from 2028-01-01: +100,00 zł on both criteria (test values, not law). */
const raised: LawOverrides = {
  incomeCriteria: {
    ...incomeCriteria,
    periods: [...incomeCriteria.periods, { from: '2028-01-01' as CivilDate, value: { singlePerson: 111000 as Grosze, perPersonInFamily: 92300 as Grosze }, source: 'test', confidence: 'R' }],
  },
};

describe('the law as an input', () => {
  it('a caller’s period applies from its day, and the trace says the value is the caller’s', () => {
    const before = assessValidatedEligibility(parsed({ benefit: 'permanentAllowance', asOf: '2027-12-31', income: [netIncome('p', '2027-11', 50000)] }), raised);
    const on = assessValidatedEligibility(parsed({ benefit: 'permanentAllowance', asOf: '2028-01-01', income: [netIncome('p', '2027-12', 50000)] }), raised);
    expect([before.status === 'eligible' && before.amount, on.status === 'eligible' && on.amount]).toEqual([81300, 94300]); // 1313 − 500; 1443 − 500
    const p = on.trace.flatMap((s) => s.parameters).find((x) => x.name === 'incomeCriteria.singlePerson');
    expect([p?.origin, p?.confidence]).toEqual(['caller', 'R']);
    expect(explain(on, 'pl')).toContain('wartość podana przez ośrodek');
    expect(on.warnings).toEqual([{ code: 'parameter_unverified', table: 'permanentAllowanceRules', unverifiedFrom: '2026-11-26' }]);
  });
});

describe('compareUnder: who gains, who loses, who becomes (not) eligible', () => {
  const households = [
    parsed({ benefit: 'permanentAllowance', asOf: '2028-02-01', income: [netIncome('p', '2028-01', 50000)] }), // gains 130 zł
    parsed({ benefit: 'permanentAllowance', asOf: '2028-02-01', income: [netIncome('p', '2028-01', 105000)] }), // becomes eligible
    parsed({ benefit: 'permanentAllowance', asOf: '2028-02-01', income: [netIncome('p', '2028-01', 0)] }), // capped: unchanged
  ];
  it('classifies each household and sums the monthly change', () => {
    const c = compareUnder(households, {}, raised);
    expect(c.rows.map((r) => [r.change, r.delta])).toEqual([['gains', 13000], ['becomesEligible', 39300], ['unchanged', 0]]);
    expect(c.counts).toMatchObject({ gains: 1, becomesEligible: 1, unchanged: 1, loses: 0, becomesNotEligible: 0 });
    expect(c.totalDelta).toBe(52300);
    expect(compareUnder(households, raised, {}).rows.map((r) => r.change)).toEqual(['loses', 'becomesNotEligible', 'unchanged']);
  });
  it('summarises in Markdown, households by number, never by id', () => {
    const md = reformSummary(compareUnder(households, {}, raised), 'pl');
    expect(md).toContain('| uzyskują prawo | 1 |');
    expect(md).toContain('Łączna zmiana miesięcznych kwot: +523,00 zł');
    expect(md).toContain('gospodarstwo nr 2: — → 393,00 zł (uzyskują prawo)');
    expect(md).not.toMatch(/\bh\b/);
  });
});
