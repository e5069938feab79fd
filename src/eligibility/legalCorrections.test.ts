import { describe, expect, it } from 'vitest';
import { assess, netIncome, request } from '../../test/support/eligibility.js';
import { Household } from '../case/household.js';
import type { CivilDate } from '../law/civilDate.js';
import { incomeCriteria } from '../law/parameters/incomeCriteria.js';
import { valueAt } from '../law/period.js';
import { assessEligibility } from './assessEligibility.js';
import { computeIncome } from './computeIncome.js';
import { ReceiptSource, incomeTreatments } from './incomeSource.js';
import type { EligibilityResult } from './result.js';

/**
 * The legal corrections of REFERENCE.md §0.0 (2026-11-25), each at its boundaries: the day before and the
 * day of each change, citing the article.
 */
const d = (s: string) => s as CivilDate;
const prevMonth = (asOf: string) => {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
const couple = [{ id: 'p', relation: 'applicant' }, { id: 's', relation: 'spouse' }];
const periodic = (asOf: string, o: { members?: typeof couple; extra?: Record<string, unknown> } = {}) =>
  assess(request({ benefit: 'periodicAllowance', asOf, grounds: ['unemployment'], income: [netIncome('p', prevMonth(asOf), 0)], ...o }));
const bounds = (r: EligibilityResult) => (r.status === 'eligible' ? r.bounds : r.status);
const parts = (r: EligibilityResult) => (r.status === 'eligible' ? r.unsupportedParts.map((p) => p.rule) : [r.status]);

describe('art. 38 ust. 2 pkt 1: the single-person cap of the zasiłek okresowy, dated and applied by default (§0.0 item 1)', () => {
  it('2021-04-30: 418,00 zł (criterion 701,00, income 0: at least 350,50, at most 418,00)', () => {
    expect(bounds(periodic('2021-04-30'))).toEqual({ min: 35050, max: 41800 });
  });
  it('2021-05-01 and 2021-12-30: not known — no upper bound, said as an unsupported part', () => {
    for (const day of ['2021-05-01', '2021-12-30']) {
      const r = periodic(day);
      expect(bounds(r)).toEqual({ min: 35050, max: null });
      expect(parts(r)).toEqual(['art38.capSinglePerson']);
    }
  });
  it('2021-12-31: the per-person criterion, 528,00 zł', () => {
    expect(bounds(periodic('2021-12-31'))).toEqual({ min: 35050, max: 52800 });
    expect(parts(periodic('2021-12-31'))).toEqual([]);
  });
  it('in the unknown window, the day the centre establishes decides (the day before: 418,00; the day itself: the criterion)', () => {
    const changeDay = { periodicCapChangeDay: { date: '2021-06-01', source: 'ustalenie radcy prawnego' } };
    expect(bounds(periodic('2021-05-31', { extra: changeDay }))).toEqual({ min: 35050, max: 41800 });
    expect(bounds(periodic('2021-06-01', { extra: changeDay }))).toEqual({ min: 35050, max: 52800 });
    expect(assessEligibility(request({ benefit: 'periodicAllowance', asOf: '2021-06-01', extra: { periodicCapChangeDay: { date: '2022-01-01', source: 'x' } } })).ok).toBe(false);
  });
  it('2025: the cap is 823,00 and binds a person with no income (difference 1010,00)', () => {
    expect(bounds(periodic('2025-03-01'))).toEqual({ min: 50500, max: 82300 });
  });
});

describe('art. 37 ust. 2 pkt 1: the zasiłek stały cap was the statute’s 418 zł until 2006-09-30 (§0.0 item 2)', () => {
  it('2006-09-30: min(461,00, 418,00) = 418,00; 2006-10-01: min(477,00, 444,00) = 444,00', () => {
    const permanent = (asOf: string) => assess(request({ benefit: 'permanentAllowance', asOf }));
    expect(permanent('2006-09-30')).toMatchObject({ status: 'eligible', amount: 41800 });
    expect(permanent('2006-10-01')).toMatchObject({ status: 'eligible', amount: 44400 });
  });
});

describe('art. 147 and art. 38 ust. 2: the minimum share of the difference, phased in 2004–2007 (§0.0 item 3)', () => {
  const min = (r: EligibilityResult) => (r.status === 'eligible' ? r.amount : null);
  it.each([
    // day, single-person minimum (share of 461,00 or 477,00), family-of-two minimum (share of 632,00 or 702,00)
    ['2004-12-31', 9220, 9480], // 20 % / 15 %
    ['2005-01-01', 13830, 12640], // 30 % / 20 %
    ['2005-12-31', 13830, 12640],
    ['2006-01-01', 16135, 15800], // 35 % / 25 %
    ['2007-12-31', 16695, 17550], // 35 % of 477,00 = 166,95; 25 % of 702,00 = 175,50
    ['2008-01-01', 23850, 35100], // 50 % / 50 %
  ])('%s: single %i gr, family of two %i gr', (day, single, family) => {
    expect(min(periodic(day))).toBe(single);
    expect(min(periodic(day, { members: couple }))).toBe(family);
  });
});

describe('art. 37 ust. 5: concurrent entitlements exclude the zasiłek stały (§0.0 item 4)', () => {
  const withEntitlement = (asOf: string, concurrentEntitlements: string[]) =>
    assess(request({ benefit: 'permanentAllowance', asOf, facts: { concurrentEntitlements } }));
  it('a renta socjalna: not eligible, citing art. 37 ust. 5 (S, no low-confidence flag)', () => {
    const r = withEntitlement('2025-03-01', ['socialPension']);
    expect(r.status).toBe('notEligible');
    if (r.status === 'notEligible') {
      expect(r.reasons.map((x) => [x.rule, x.basis, x.flags ?? []])).toEqual([['art37.concurrentEntitlement', { act: 'ups', article: '37', paragraph: '5' }, []]]);
    }
  });
  it('a świadczenie pielęgnacyjne or zasiłek dla opiekuna (list item R): not eligible, flagged low confidence', () => {
    for (const e of ['nursingBenefit', 'carerAllowance']) {
      const r = withEntitlement('2025-03-01', [e]);
      expect(r.status === 'notEligible' && r.reasons[0]?.flags).toEqual(['lowConfidence']);
    }
  });
  it('a specjalny zasiłek opiekuńczy: on the list from 2013-01-01, not on 2012-12-31', () => {
    expect(withEntitlement('2012-12-31', ['specialCareAllowance']).status).toBe('eligible');
    expect(withEntitlement('2013-01-01', ['specialCareAllowance']).status).toBe('notEligible');
  });
});

describe('art. 8 ust. 4 and 4a: benefits that are not income never fall into a catch-all that counts (§0.0 item 5)', () => {
  const permanentWith = (asOf: string, source: string) =>
    assess(request({ benefit: 'permanentAllowance', asOf, income: [{ ...netIncome('p', prevMonth(asOf), 150000), source }] }));
  it('świadczenie uzupełniające: not income for a cash benefit from 2019-10-01; before that day the kind does not exist', () => {
    expect(permanentWith('2019-09-30', 'supplementaryBenefit')).toMatchObject({ status: 'unsupported', reasons: [{ rule: 'art8.kindNotInForce' }] });
    expect(permanentWith('2019-10-01', 'supplementaryBenefit')).toMatchObject({ status: 'eligible', amount: 64500 });
  });
  it('świadczenie uzupełniające counts for other help, and computeIncome asks which help when not told', () => {
    const household = Household.parse({ id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1950-01-01' }, relation: 'applicant' }] });
    const items = [{ ...netIncome('p', '2025-02', 150000), source: 'supplementaryBenefit' as const }];
    const base = { asOf: d('2025-03-01'), applicationDate: d('2025-03-01'), incomeLost: false, household, items };
    const other = computeIncome({ ...base, forCashBenefit: false });
    expect(other.ok && other.value.familyIncome).toBe(150000);
    const cash = computeIncome({ ...base, forCashBenefit: true });
    expect(cash.ok && cash.value.familyIncome).toBe(0);
    const unsaid = computeIncome(base);
    expect(unsaid.ok && unsaid.value.unsupported.map((r) => r.rule)).toEqual(['art8.cashBenefitOnly']);
  });
  it('13th and 14th pension, 500+/800+: not income; świadczenie wspierające: the centre decides', () => {
    for (const source of ['thirteenthPension', 'fourteenthPension', 'childRaisingBenefit']) {
      expect(permanentWith('2025-03-01', source)).toMatchObject({ status: 'eligible', amount: 122900 });
    }
    expect(permanentWith('2025-03-01', 'supportBenefit')).toMatchObject({ status: 'unsupported', reasons: [{ rule: 'art8.unverifiedIncome' }] });
  });
  it('every kind of receipt other than the counted titles is excluded or left to the centre, on every day since 2004', () => {
    const counted = new Set(['employment', 'civilContract', 'pension', 'unemploymentBenefit', 'maintenanceReceived', 'familyBenefit', 'careBenefit', 'other']);
    for (const day of ['2004-05-01', '2019-10-01', '2025-06-01', '2031-01-01']) {
      for (const source of ReceiptSource.options) {
        const t = valueAt(incomeTreatments[source], d(day));
        if (!counted.has(source)) expect([source, t.ok && t.value.value.treatment]).not.toEqual([source, 'counted']);
      }
    }
  });
});

describe('art. 8 ust. 3 pkt 2: the KRUS contribution is deducted from the farm income (§0.0 item 6)', () => {
  const farm = (extra: Record<string, unknown>) => assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [{ kind: 'farm', id: 'f', personId: 'p', conversionHectares: '2', ...extra }] }));
  it('2 ha × 459,00 = 918,00 − KRUS 150,00 = 768,00 → 1313,00 − 768,00 = 545,00', () => {
    expect(farm({ monthlyContribution: 15000 })).toMatchObject({ status: 'eligible', amount: 54500, warnings: [] });
  });
  it('with no contribution given, nothing is deducted and the result warns', () => {
    expect(farm({})).toMatchObject({ status: 'eligible', amount: 39500, warnings: [{ code: 'farm_contribution_missing', itemIds: ['f'] }] });
  });
});

describe('art. 8 ust. 3 pkt 3: alimony above the payer’s income is the centre’s explicit choice (§0.0 item 12)', () => {
  const alimony = (choice?: string) =>
    assess(request({
      benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'], members: couple,
      income: [netIncome('s', '2025-02', 100000), { kind: 'maintenancePaid', id: 'a', personId: 'p', month: '2025-02', amount: 50000 }],
      ...(choice === undefined ? {} : { extra: { maintenanceBeyondIncome: choice } }),
    }));
  it('not chosen: unsupported, saying the centre must choose', () => {
    expect(alimony()).toMatchObject({ status: 'unsupported', reasons: [{ rule: 'art8.maintenanceBeyondIncome' }] });
  });
  it('memberOnly: family income 1000,00; wholeFamily: 500,00 — traced as the centre’s decision', () => {
    const only = alimony('memberOnly');
    const whole = alimony('wholeFamily');
    const income = (r: EligibilityResult) => r.trace.find((s) => s.rule === 'art6.familyIncome')?.outcome;
    expect([income(only), income(whole)]).toEqual([50000, 25000]); // per person
    expect(whole.trace.find((s) => s.rule === 'art8.maintenanceBeyondIncome')?.flags).toEqual(['integratorDecision']);
  });
});

describe('art. 8 ust. 3: income outside the reference month never vanishes silently (§0.0, issue item 11)', () => {
  const base = { benefit: 'permanentAllowance' as const, asOf: '2025-03-20', applicationDate: '2025-03-15' };
  it('1009,99 zł dated in the application month instead of the month before: eligible 1229,00, with a warning listing the item', () => {
    const r = assess(request({ ...base, income: [netIncome('p', '2025-03', 100999, 'wage')] }));
    expect(r).toMatchObject({ status: 'eligible', amount: 122900, warnings: [{ code: 'income_outside_reference_month', referenceMonth: '2025-02', items: [{ itemId: 'wage', month: '2025-03' }] }] });
  });
  it('income dated after the month of the application is an error: it cannot be the reference month’s', () => {
    const r = assessEligibility(request({ ...base, income: [netIncome('p', '2025-04', 100)] }));
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path.join('.')])).toEqual([['income_after_application', 'income.0.month']]);
  });
  it('an item of a person outside the household is a typed error, in the request and in computeIncome', () => {
    const r = assessEligibility(request({ ...base, income: [netIncome('x', '2025-02', 100)] }));
    expect(r.ok ? [] : r.error.map((i) => i.code)).toEqual(['unknown_reference']);
    const household = Household.parse({ id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1950-01-01' }, relation: 'applicant' }] });
    const c = computeIncome({ asOf: d('2025-03-20'), applicationDate: d('2025-03-15'), incomeLost: false, household, items: [netIncome('x', '2025-02', 100)] });
    expect(c.ok ? null : c.error.rule).toBe('art8.incomeOfNonMember');
  });
});

describe('art. 9: parameters past the last verification say from which day they are unverified (§0.0 item 10)', () => {
  it('2026-11-25: verified; 2026-11-26 and 2031: the 2025 values, unverified from 2026-11-26', () => {
    const warnings = (asOf: string) => assess(request({ benefit: 'permanentAllowance', asOf })).warnings;
    expect(warnings('2026-11-25')).toEqual([]);
    for (const day of ['2026-11-26', '2031-03-01']) {
      expect(warnings(day)).toEqual([
        { code: 'parameter_unverified', table: 'incomeCriteria', unverifiedFrom: '2026-11-26' },
        { code: 'parameter_unverified', table: 'permanentAllowanceRules', unverifiedFrom: '2026-11-26' },
      ]);
    }
    const r = valueAt(incomeCriteria, d('2031-03-01'));
    expect(r.ok && [r.value.value.singlePerson, r.value.unverifiedFrom]).toEqual([101000, '2026-11-26']);
  });
});

describe('issue #11: bounded amounts, ids as keys, bounded periods', () => {
  it('two receipts of 2^53−1 grosze give typed issues, never a throw', () => {
    const huge = { ...netIncome('p', '2025-02', 0), gross: 2 ** 53 - 1 };
    const r = assessEligibility(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [{ ...huge, id: 'a' }, { ...huge, id: 'b' }] }));
    expect(r.ok ? [] : r.error.map((i) => i.path.join('.'))).toEqual(['income.0.gross', 'income.1.gross']);
  });
  it('a person id "__proto__" is an ordinary key: income is counted, no prototype is touched', () => {
    const household = Household.parse({ id: 'h', kind: 'singlePerson', members: [{ person: { id: '__proto__', firstName: 'A', lastName: 'B', birthDate: '1950-01-01' }, relation: 'applicant' }] });
    const c = computeIncome({ asOf: d('2025-03-20'), applicationDate: d('2025-03-15'), incomeLost: false, household, items: [netIncome('__proto__', '2025-02', 50000)] });
    expect(c.ok && [c.value.familyIncome, Object.getOwnPropertyDescriptor(c.value.memberIncome, '__proto__')?.value]).toEqual([50000, 50000]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
  it('an income due for a period is bounded (at most 240 months) and in order', () => {
    const item = (from: string, to: string) => ({ ...netIncome('p', '2025-02', 100), forPeriod: { from, to } });
    const paths = (r: ReturnType<typeof assessEligibility>) => (r.ok ? [] : r.error.map((i) => i.path.join('.')));
    expect(paths(assessEligibility(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [item('2005-03', '2025-02')] })))).toEqual([]);
    expect(paths(assessEligibility(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [item('2005-02', '2025-02')] })))).toEqual(['income.0.forPeriod.to']);
    expect(paths(assessEligibility(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [item('2025-02', '2025-01')] })))).toEqual(['income.0.forPeriod.to']);
  });
  it('valueAt refuses a date that is not a calendar day', () => {
    expect(valueAt(incomeCriteria, d('2018-9-30'))).toEqual({ ok: false, error: { code: 'invalid_date', table: 'incomeCriteria' } });
    expect(valueAt(incomeCriteria, d('2025-02-29')).ok).toBe(false);
    expect(valueAt(incomeCriteria, d('2024-02-29')).ok).toBe(true);
  });
});

describe('art. 37 — a birth date after the day assessed is a data error, not a negative age', () => {
  it('answers unsupported with the reason, and the result passes its schema', async () => {
    const { EligibilityResultSchema } = await import('./resultSchema.js');
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-10', birthDate: '2026-01-01', income: [netIncome('p', '2025-02', 50000)] }));
    expect(r.status).toBe('unsupported');
    expect(r.status !== 'eligible' && r.reasons.map((x) => x.rule)).toEqual(['art37.bornAfterAsOf']);
    expect(r.trace.some((s) => s.rule === 'art37.person')).toBe(false);
    expect(EligibilityResultSchema.safeParse(r).success).toBe(true);
  });
});
