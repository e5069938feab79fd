import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { request } from '../../test/support/eligibility.js';
import { assessValidatedEligibility, parseEligibilityRequest } from './assessEligibility.js';
import { eligibleAmount, fastAmount } from './eligibleAmount.js';
import { netIncome } from '../../test/support/eligibility.js';

/** Requests across the periods of the law, household sizes, income kinds and months, facts and grounds. */
const requests = fc
  .record({
    benefit: fc.constantFrom('permanentAllowance', 'periodicAllowance', 'purposeAllowance'),
    asOf: fc.constantFrom('2004-06-01', '2005-03-01', '2006-10-01', '2007-12-31', '2008-01-01', '2012-10-01', '2021-04-30', '2021-06-15', '2021-12-31', '2023-06-01', '2024-01-01', '2025-03-01', '2027-05-01'),
    size: fc.integer({ min: 1, max: 4 }),
    items: fc.array(fc.record({
      who: fc.integer({ min: 0, max: 3 }),
      gross: fc.integer({ min: 0, max: 300000 }),
      tax: fc.integer({ min: 0, max: 20000 }),
      source: fc.constantFrom('pension', 'employment', 'childRaisingBenefit', 'purposeAllowance', 'supportBenefit', 'supplementaryBenefit'),
      otherMonth: fc.boolean(),
      oneOff: fc.boolean(),
    }), { maxLength: 4 }),
    unableToWork: fc.constantFrom('age', 'complete', null),
    ground: fc.constantFrom('unemployment', 'disability', 'poverty'),
    legalStatus: fc.constantFrom('polishCitizen', 'polishCitizen', 'foreignerHumanitarian'),
    birthDate: fc.constantFrom('1950-04-01', '1990-01-01', '2010-01-01'),
  })
  .map((o) => {
    const prev = (() => {
      const [y, m] = o.asOf.split('-').map(Number) as [number, number];
      return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    })();
    const members = Array.from({ length: o.size }, (_, k) => ({ id: `p${k}`, relation: k === 0 ? 'applicant' : 'child' }));
    const income = o.items.map((it, i) => ({
      kind: 'receipt', id: `i${i}`, personId: `p${Math.min(it.who, o.size - 1)}`, source: it.source, month: it.otherMonth ? '2004-05' : prev,
      gross: it.gross, incomeTax: Math.min(it.tax, it.gross), healthContribution: 0, socialContributions: 0, oneOff: it.oneOff, forPeriod: null,
    }));
    return request({ benefit: o.benefit as never, asOf: o.asOf, members, income, grounds: [o.ground], unableToWork: o.unableToWork as never, birthDate: o.birthDate, facts: { legalStatus: o.legalStatus } });
  });

describe('eligibleAmount: the fast path gives the full assessment’s amount', () => {
  it('for every generated request', () => {
    fc.assert(
      fc.property(requests, (raw) => {
        const parsed = parseEligibilityRequest(raw);
        if (!parsed.ok) return true; // e.g. an item dated after the application: not a request
        const full = assessValidatedEligibility(parsed.value);
        expect(eligibleAmount(parsed.value)).toBe(full.status === 'eligible' ? full.amount : null);
        return true;
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });
});

describe('eligibleAmount: the common case takes the direct path', () => {
  it('a single pensioner and a family on the periodic allowance are computed without the full rules', () => {
    const single = parseEligibilityRequest(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 50000)] }));
    const family = parseEligibilityRequest(request({ benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'], members: [{ id: 'p', relation: 'applicant' }, { id: 'c', relation: 'child', birthDate: '2015-01-01' }], income: [netIncome('p', '2025-02', 50000)] }));
    expect(single.ok && fastAmount(single.value, undefined)).toBe(81300);
    expect(family.ok && fastAmount(family.value, undefined)).toBe(57300); // 50 % of (1646,00 − 500,00)
  });
});
