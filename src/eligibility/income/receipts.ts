import { grosze } from '../../law/grosze.js';
import { valueAt } from '../../law/period.js';
import type { TraceFlag } from '../../law/trace.js';
import { ruleReason, ruleStep } from '../rules.js';
import { incomeTreatments } from '../incomeSource.js';
import type { IncomeContext, ReceiptItem } from './context.js';
import { dueForPeriod, spreadOneOff } from './lumpSums.js';

/**
 * @internal A receipt (przychód), art. 8 ust. 3–4 u.p.s.: its treatment on the day (counted, excluded by
 * ust. 4 or another act, left to the centre), then the net amount (gross − tax − contributions) of the
 * reference month; income due for a period and one-off income go to the rules of ust. 11–12.
 */
export function receipt(ctx: IncomeContext, item: ReceiptItem): void {
  const { input, month, trace, unsupported, outside, add } = ctx;
  const inForce = valueAt(incomeTreatments[item.source], input.asOf);
  const treatment = inForce.ok ? inForce.value.value : undefined;
  const net = grosze(item.gross - item.incomeTax - item.healthContribution - item.socialContributions);
  const decision = input.unverifiedDecisions?.[item.source];
  if (treatment === undefined) {
    unsupported.push(ruleReason('art8.kindNotInForce', { act: 'ups', article: '8', paragraph: '4' }, { source: item.source, asOf: input.asOf }));
    return;
  }
  if (treatment.treatment === 'excludedForCashBenefits' && input.forCashBenefit === undefined) {
    unsupported.push(ruleReason('art8.cashBenefitOnly', treatment.basis, { source: item.source }));
    return;
  }
  if (treatment.treatment === 'excluded' || (treatment.treatment === 'excludedForCashBenefits' && input.forCashBenefit === true)) {
    trace.push(ruleStep('art8.excluded', treatment.basis, { item: item.id, source: item.source, gross: item.gross, note: treatment.note }, grosze(0)));
    return;
  }
  if (treatment.treatment === 'unverified' && decision === undefined) {
    unsupported.push(ruleReason('art8.unverifiedIncome', treatment.basis, { source: item.source, note: treatment.note }));
    return;
  }
  if (treatment.treatment === 'unverified' && decision === 'exclude') {
    trace.push(ruleStep('art8.integratorExcluded', treatment.basis, { item: item.id, source: item.source, gross: item.gross, note: treatment.note }, grosze(0), [], ['unverified', 'integratorDecision']));
    return;
  }
  const flags: readonly TraceFlag[] = treatment.treatment === 'unverified' ? ['unverified', 'integratorDecision'] : [];
  if (item.forPeriod !== null) {
    const { counted, months } = dueForPeriod(item.forPeriod, net, month);
    trace.push(ruleStep('art8.dueForPeriod', { act: 'ups', article: '8', paragraph: '12' }, { item: item.id, source: item.source, from: item.forPeriod.from, to: item.forPeriod.to, months, referenceMonth: month, net }, counted, [], flags));
    add(item.personId, counted);
    return;
  }
  if (spreadOneOff(ctx, item, net, flags)) return;
  if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
  const counted = item.month === month ? net : grosze(0);
  trace.push(ruleStep(
    'art8.netReceipt',
    { act: 'ups', article: '8', paragraph: '3' },
    { item: item.id, source: item.source, month: item.month, referenceMonth: month, gross: item.gross, incomeTax: item.incomeTax, healthContribution: item.healthContribution, socialContributions: item.socialContributions, net },
    counted,
    [],
    flags,
  ));
  add(item.personId, counted);
}
