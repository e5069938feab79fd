import { grosze } from '../../law/grosze.js';
import { ruleReason, ruleStep } from '../rules.js';
import type { IncomeContext, IncomeItemOf } from './context.js';

/**
 * @internal Business income on the general income-tax rules, art. 8 ust. 5 pkt 1 u.p.s. (ust. 5–8): revenue −
 * costs − tax − contributions of the reference month; a loss counts as 0.
 */
export function business(ctx: IncomeContext, item: IncomeItemOf<'business'>): void {
  const { month, trace, outside, add } = ctx;
  const raw = item.revenue - item.costs - item.incomeTax - item.healthContribution - item.socialContributions;
  if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
  const counted = item.month === month ? grosze(Math.max(0, raw)) : grosze(0);
  trace.push(ruleStep(
    'art8.business',
    { act: 'ups', article: '8', paragraph: '5', point: '1' },
    { item: item.id, revenue: item.revenue, costs: item.costs, incomeTax: item.incomeTax, contributions: grosze(item.healthContribution + item.socialContributions), result: grosze(raw), month: item.month, referenceMonth: month },
    counted,
  ));
  add(item.personId, counted);
  return;
}

/**
 * @internal Business on a lump-sum tax or tax card, art. 8 ust. 5 pkt 2 u.p.s.: its current wording is not
 * verified, so the declared income counts only by the centre's decision.
 */
export function flatRateBusiness(ctx: IncomeContext, item: IncomeItemOf<'flatRateBusiness'>): void {
  const { input, month, trace, unsupported, outside, add } = ctx;
  const decision = input.unverifiedDecisions?.flatRateBusiness;
  const basis = { act: 'ups', article: '8', paragraph: '5', point: '2' } as const;
  if (decision === undefined) {
    unsupported.push(ruleReason('art8.flatRateBusiness', basis, {}));
    return;
  }
  if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
  const counted = decision === 'count' && item.month === month ? item.declaredIncome : grosze(0);
  trace.push(ruleStep('art8.flatRateBusiness', basis, { item: item.id, declaredIncome: item.declaredIncome, decision }, counted, [], ['unverified', 'integratorDecision']));
  add(item.personId, counted);
  return;
}
