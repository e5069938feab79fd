import { grosze } from '../../law/grosze.js';
import { ruleStep } from '../rules.js';
import type { IncomeContext, IncomeItemOf } from './context.js';

/** @internal Alimony paid to others, art. 8 ust. 3 pkt 3 u.p.s.: deducted in the reference month. */
export function maintenancePaid(ctx: IncomeContext, item: IncomeItemOf<'maintenancePaid'>): void {
  const { month, trace, outside, payers, add } = ctx;
  if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
  else if (item.amount > 0) payers.add(item.personId);
  const deducted = item.month === month ? item.amount : grosze(0);
  trace.push(ruleStep('art8.maintenancePaid', { act: 'ups', article: '8', paragraph: '3', point: '3' }, { item: item.id, amount: item.amount, month: item.month, referenceMonth: month }, grosze(-deducted)));
  add(item.personId, grosze(-deducted));
  return;
}
