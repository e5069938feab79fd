import { type CivilMonth, addMonthsToMonth } from '../../law/civilDate.js';
import { type Grosze, grosze, splitEvenly } from '../../law/grosze.js';
import { type Bilingual, type TraceFlag, param, step } from '../../law/trace.js';
import type { IncomeContext, ReceiptItem } from './context.js';
import { pl, srcEn, srcPl } from './words.js';

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
export function dueForPeriod(period: { readonly from: CivilMonth; readonly to: CivilMonth }, net: Grosze, month: CivilMonth): { counted: Grosze; how: Bilingual } {
  const months = monthsBetween(period.from, period.to);
  const counted = spreadShare(net, period.from, Math.max(months, 1), month);
  return {
    counted,
    how: { pl: `dochód należny za okres ${period.from}–${period.to} (${months} mies.), w ${month}: ${pl(counted)}`, en: `income due for ${period.from}–${period.to} (${months} months), in ${month}: ${pl(counted)}` },
  };
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
  trace.push(step({
    rule: 'art8.oneOffSpread',
    basis: { act: 'ups', article: '8', paragraph: '11' },
    text: {
      pl: `${srcPl(item.source)}: dochód jednorazowy ${pl(net)} przekracza ${lump.value.value.multiplier} × kryterium = ${pl(threshold)}; rozlicza się go w równych częściach na ${lump.value.value.months} miesięcy od ${item.month}; w ${month}: ${pl(counted)}.`,
      en: `${srcEn(item.source)}: one-off income ${pl(net)} exceeds ${lump.value.value.multiplier} × the criterion = ${pl(threshold)}; spread in equal parts over ${lump.value.value.months} months from ${item.month}; in ${month}: ${pl(counted)}.`,
    },
    inputs: { item: item.id, net, paidIn: item.month },
    parameters: [param('lumpSumRules.multiplier', lump.value, lump.value.value.multiplier), param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', criteria, criterionForLump)],
    output: counted,
    flags,
  }));
  add(item.personId, counted);
  return true;
}
