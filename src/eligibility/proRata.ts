import { type CivilDate, civilDaysBetween, daysInMonth, monthOf } from '../law/civilDate.js';
import { type Grosze, formatPln as pl, multiplyRatio } from '../law/grosze.js';
import { type TraceStep, step } from '../law/trace.js';

/**
 * The amount of a monthly cash benefit for an incomplete month (art. 106 ust. 3 u.p.s.): the full amount
 * ÷ the days of the month × the days covered (`from`–`to`, inclusive, within one month).
 *
 * @remarks The act names no rounding; the SDK rounds the result once, half up to the grosz, computing
 * exactly before that (900,00 zł ÷ 30 × 15 = 450,00 zł, with no intermediate daily rate rounded).
 * @example
 * ```ts
 * import { computeProRata, type CivilDate, type Grosze } from 'praca-socjalna';
 * computeProRata(90000 as Grosze, '2025-04-16' as CivilDate, '2025-04-30' as CivilDate).amount; //=> 45000
 * ```
 * @category Eligibility
 */
export function computeProRata(monthlyAmount: Grosze, from: CivilDate, to: CivilDate): { readonly amount: Grosze; readonly days: number; readonly daysInMonth: number; readonly trace: TraceStep } | { readonly amount: null; readonly error: 'dates_not_in_one_month' | 'dates_reversed' } {
  if (monthOf(from) !== monthOf(to)) return { amount: null, error: 'dates_not_in_one_month' };
  if (to < from) return { amount: null, error: 'dates_reversed' };
  const month = monthOf(from);
  const total = daysInMonth(month);
  const days = civilDaysBetween(from, to) + 1;
  const amount = multiplyRatio(monthlyAmount, days, total, 'halfUp');
  const trace = step({
    rule: 'art106.proRata',
    basis: { act: 'ups', article: '106', paragraph: '3' },
    text: {
      pl: `Niepełny miesiąc ${month}: ${pl(monthlyAmount)} ÷ ${total} dni × ${days} dni (${from}–${to}) = ${pl(amount)}.`,
      en: `Incomplete month ${month}: ${pl(monthlyAmount)} ÷ ${total} days × ${days} days (${from}–${to}) = ${pl(amount)}.`,
    },
    inputs: { monthlyAmount, from, to },
    parameters: [],
    output: amount,
  });
  return { amount, days, daysInMonth: total, trace };
}
