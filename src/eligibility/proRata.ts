import { type CivilDate, civilDaysBetween, daysInMonth, monthOf } from '../law/civilDate.js';
import { type Grosze, multiplyRatio } from '../law/grosze.js';
import { type EligibilityStep, ruleStep } from './rules.js';
import { isCivilDate } from '../law/isCivilDate.js';
import type { Issue } from '../issues/issue.js';
import { maxItemAmount } from './incomeItem.js';

/**
 * The amount of a monthly cash benefit for an incomplete month (art. 106 ust. 3 u.p.s.): the full amount
 * ÷ the days of the month × the days covered (`from`–`to`, inclusive, within one month).
 *
 * @remarks The act names no rounding; the SDK rounds the result once, half up to the grosz, computing
 * exactly before that (900,00 zł ÷ 30 × 15 = 450,00 zł, with no intermediate daily rate rounded). Never
 * throws: an amount that is not whole grosze from 0 to 100 000 000,00 zł, a date that is not a calendar day
 * (`2025-04-31`), dates across months or reversed give `amount: null` with `error` and typed `issues`.
 * @example
 * ```ts
 * import { computeProRata, type CivilDate, type Grosze } from 'praca-socjalna';
 * computeProRata(90000 as Grosze, '2025-04-16' as CivilDate, '2025-04-30' as CivilDate).amount; //=> 45000
 * ```
 * @category Eligibility
 */
export function computeProRata(
  monthlyAmount: Grosze,
  from: CivilDate,
  to: CivilDate,
):
  | { readonly amount: Grosze; readonly days: number; readonly daysInMonth: number; readonly trace: Extract<EligibilityStep, { rule: 'art106.proRata' }> }
  | { readonly amount: null; readonly error: 'dates_not_in_one_month' | 'dates_reversed' | 'invalid_date' | 'invalid_amount'; readonly issues: readonly Issue[] } {
  const bad: Issue[] = [];
  if (typeof monthlyAmount !== 'number' || !Number.isInteger(monthlyAmount) || monthlyAmount < 0 || monthlyAmount > maxItemAmount) {
    bad.push({ code: 'invalid_amount', path: ['monthlyAmount'], field: 'monthlyAmount', max: maxItemAmount });
  }
  if (!isCivilDate(from)) bad.push({ code: 'invalid_date', path: ['from'], field: 'from' });
  if (!isCivilDate(to)) bad.push({ code: 'invalid_date', path: ['to'], field: 'to' });
  if (bad.length > 0) return { amount: null, error: bad[0]?.code === 'invalid_amount' ? 'invalid_amount' : 'invalid_date', issues: bad };
  if (monthOf(from) !== monthOf(to)) return { amount: null, error: 'dates_not_in_one_month', issues: [{ code: 'dates_not_in_one_month', path: ['to'], from, to }] };
  if (to < from) return { amount: null, error: 'dates_reversed', issues: [{ code: 'dates_reversed', path: ['to'], from, to }] };
  const month = monthOf(from);
  const total = daysInMonth(month);
  const days = civilDaysBetween(from, to) + 1;
  const amount = multiplyRatio(monthlyAmount, days, total, 'halfUp');
  const trace = ruleStep('art106.proRata', { act: 'ups', article: '106', paragraph: '3' }, { monthlyAmount, from, to, month, days, daysInMonth: total }, amount);
  return { amount, days, daysInMonth: total, trace };
}
