import { type CivilMonth, addMonthsToMonth } from '../../law/civilDate.js';
import { type Grosze, grosze, splitEvenly } from '../../law/grosze.js';
import { type TraceFlag, param } from '../../law/trace.js';
import { ruleStep } from '../rules.js';
import type { IncomeContext, ReceiptItem } from './context.js';

/** The share of an amount spread evenly over `months` months from `start` that falls in `month`, or 0. */
function spreadShare(amount: Grosze, start: CivilMonth, months: number, month: CivilMonth): Grosze {
  for (let k = 0; k < months; k++) {
    if (addMonthsToMonth(start, k) === month) return splitEvenly(amount, months)[k] as Grosze;
  }
  return grosze(0);
}

function monthsBetween(from: CivilMonth, to: CivilMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * @internal Art. 8 ust. 12 u.p.s.: income due for a period is spread evenly over the months of that period;
 * the share of the reference month counts.
 */
export function dueForPeriod(period: { readonly from: CivilMonth; readonly to: CivilMonth }, net: Grosze, month: CivilMonth): { readonly counted: Grosze; readonly months: number } {
  const months = monthsBetween(period.from, period.to);
  return { counted: spreadShare(net, period.from, Math.max(months, 1), month), months };
}

/**
 * @internal Art. 8 ust. 11 u.p.s.: one-off income above the multiplier × the criterion is spread in equal parts
 * over the rule's months from the month paid. Returns `false` (nothing done) when the item is not such income.
 */
export function spreadOneOff(ctx: IncomeContext, item: ReceiptItem, net: Grosze, flags: readonly TraceFlag[]): boolean {
  const { lump, criterionForLump, criteria, family, month, trace, add } = ctx;
  if (!(item.oneOff && lump.ok && net > lump.value.value.multiplier * criterionForLump)) return false;
  const threshold = grosze(lump.value.value.multiplier * criterionForLump);
  const counted = spreadShare(net, item.month, lump.value.value.months, month);
  trace.push(ruleStep(
    'art8.oneOffSpread',
    { act: 'ups', article: '8', paragraph: '11' },
    { item: item.id, source: item.source, net, multiplier: lump.value.value.multiplier, threshold, months: lump.value.value.months, paidIn: item.month, referenceMonth: month },
    counted,
    [param('lumpSumRules.multiplier', 'count', lump.value, lump.value.value.multiplier), param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', 'grosze', criteria, criterionForLump)],
    flags,
  ));
  add(item.personId, counted);
  return true;
}
