import { grosze } from '../../law/grosze.js';
import { step } from '../../law/trace.js';
import type { IncomeContext, IncomeItemOf } from './context.js';
import { pl } from './words.js';

/** @internal Alimony paid to others, art. 8 ust. 3 pkt 3 u.p.s.: deducted in the reference month. */
export function maintenancePaid(ctx: IncomeContext, item: IncomeItemOf<'maintenancePaid'>): void {
  const { month, trace, outside, payers, add } = ctx;
  if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
  else if (item.amount > 0) payers.add(item.personId);
  const deducted = item.month === month ? item.amount : grosze(0);
  trace.push(step({
    rule: 'art8.maintenancePaid',
    basis: { act: 'ups', article: '8', paragraph: '3', point: '3' },
    text: { pl: `Alimenty świadczone na rzecz innych osób: −${pl(deducted)}${item.month === month ? '' : ` (miesiąc ${item.month} poza ${month}: nie odlicza się)`}.`, en: `Maintenance paid to others: −${pl(deducted)}${item.month === month ? '' : ` (month ${item.month} outside ${month}: not deducted)`}.` },
    inputs: { item: item.id, amount: item.amount, month: item.month },
    parameters: [],
    output: -deducted,
  }));
  add(item.personId, grosze(-deducted));
  return;
}
