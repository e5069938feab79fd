import { ageOn, type CivilDate } from '../../law/civilDate.js';
import { type Grosze, grosze, maxGrosze, minGrosze, multiplyRatio } from '../../law/grosze.js';
import { type LawTables, builtInLaw } from '../../law/lawTables.js';
import { valueAt } from '../../law/period.js';
import type { Person } from '../../case/person.js';
import type { Collector } from '../collector.js';
import type { IncomeAssessment } from '../computeIncome.js';
import { outsideAct } from '../computeIncome.js';
import type { PersonFacts } from '../personFacts.js';
import { param } from '../../law/trace.js';
import { ruleReason, ruleStep } from '../rules.js';
import type { AmountOutcome } from './amount.js';
import { legalConstants } from '../../law/ups/constants.js';
import { art37ust5, concurrentEntitlementList } from '../../law/ups/art37.js';
import { noteUnverified } from './unverified.js';

/**
 * @internal Zasiłek stały (art. 37 u.p.s.): adult, unable to work because of age or completely; income
 * *strictly lower* than the criterion (a person in a family: own income and income per person); the
 * formula, cap and floor in force on `asOf`.
 */
export function assessPermanentAllowance(
  asOf: CivilDate,
  applicant: Person,
  facts: PersonFacts,
  income: IncomeAssessment,
  c: Collector,
  law: LawTables = builtInLaw,
): AmountOutcome | undefined {
  const rule = valueAt(law.permanentAllowanceRules, asOf);
  if (!rule.ok) {
    c.unsupported.push(outsideAct(asOf));
    return undefined;
  }
  const r = rule.value.value;
  noteUnverified(c, rule.value);
  const basis = { act: 'ups', article: '37', paragraph: '1' } as const;
  if (applicant.birthDate > asOf) {
    // a birth date after the day assessed is a data error, not an age: the answer cannot be decided
    c.unsupported.push(ruleReason('art37.bornAfterAsOf', basis, { asOf }));
    return undefined;
  }
  const age = ageOn(applicant.birthDate, asOf);
  const adult = age >= legalConstants.ageOfMajority.value;
  c.trace.push(ruleStep('art37.person', basis, { age, adult, unableToWork: facts.unableToWork }, adult && facts.unableToWork !== null));
  if (!adult) c.reasons.push(ruleReason('art37.adult', basis, {}));
  if (facts.unableToWork === null) c.reasons.push(ruleReason('art37.unableToWork', basis, {}));

  // art. 37 ust. 5: an entitlement to a listed benefit excludes the zasiłek stały (the other is paid)
  const listed = (facts.concurrentEntitlements ?? []).map((e) => [e, valueAt(concurrentEntitlementList[e], asOf)] as const);
  const concurrent = listed.filter(([, v]) => v.ok).map(([e]) => e);
  if ((facts.concurrentEntitlements ?? []).length > 0) {
    const weak = listed.some(([, v]) => v.ok && v.value.period.confidence === 'R');
    const given = facts.concurrentEntitlements ?? [];
    c.trace.push(ruleStep('art37.concurrentEntitlement', art37ust5, { given, excluding: concurrent }, concurrent.length === 0, [], weak ? ['lowConfidence'] : []));
    if (concurrent.length > 0) c.reasons.push(ruleReason('art37.concurrentEntitlement', art37ust5, { excluding: concurrent }, weak ? ['lowConfidence'] : []));
  }

  const criteria = income.criteria;
  const family = income.householdKind === 'family';
  const crit = family ? criteria.value.perPersonInFamily : criteria.value.singlePerson;
  const critParam = param(family ? 'incomeCriteria.perPersonInFamily' : 'incomeCriteria.singlePerson', 'grosze', criteria, crit);
  const own = income.memberIncome[applicant.id] ?? grosze(0);
  const n = income.householdSize;
  const ownBelow = own < crit;
  const familyBelow = !family || income.familyIncome < crit * n; // exact: income per person < criterion
  c.trace.push(ruleStep(
    'art37.incomeTest',
    { act: 'ups', article: '37', paragraph: '1', point: family ? '2' : '1' },
    { family, ownIncome: own, familyIncome: income.familyIncome, incomePerPerson: income.incomePerPerson, householdSize: n, criterion: crit, ownBelow, familyBelow },
    ownBelow && familyBelow,
    [critParam],
  ));
  if (!ownBelow || !familyBelow) {
    c.reasons.push(ruleReason('art37.incomeTest', basis, { criterion: crit }));
    return undefined;
  }

  const percent = r.percentOfCriterion;
  const params = [
    critParam,
    param('permanentAllowance.percentOfCriterion', 'percent', rule.value, percent),
    param('permanentAllowance.min', 'grosze', rule.value, r.min),
  ];
  let raw: Grosze;
  let amount: Grosze;
  if (family) {
    // percent × criterion − family income ÷ n, computed exactly and rounded once, half up
    raw = multiplyRatio(grosze(crit * percent * n - income.familyIncome * 100), 1, 100 * n, 'halfUp');
    amount = maxGrosze(raw, r.min);
  } else {
    raw = grosze(multiplyRatio(crit, percent, 100, 'halfUp') - own);
    amount = minGrosze(maxGrosze(raw, r.min), r.maxSinglePerson);
    params.push(param('permanentAllowance.maxSinglePerson', 'grosze', rule.value, r.maxSinglePerson));
  }
  const base = multiplyRatio(crit, percent, 100, 'halfUp');
  c.trace.push(ruleStep(
    'art37.amount',
    { act: 'ups', article: '37', paragraph: '2' },
    {
      family, percentOfCriterion: percent, criterion: crit, base, ownIncome: own, familyIncome: income.familyIncome, householdSize: n,
      computed: raw, minimum: r.min, maximum: family ? null : r.maxSinglePerson, formula: r.formula,
    },
    amount,
    params,
  ));
  return { amount, bounds: null };
}

