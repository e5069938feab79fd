import { type CivilDate, type CivilMonth, addMonthsToMonth, monthOf } from '../law/civilDate.js';
import type { LegalBasis } from '../law/legalBasis.js';

/**
 * The month whose income counts: the month before the application, or the month of the application
 * when income was lost (art. 8 ust. 3 u.p.s.; „utrata dochodu” is not defined in the act — the caller
 * says whether it happened).
 *
 * @example
 * ```ts
 * import { referenceMonth, type CivilDate } from 'praca-socjalna';
 * referenceMonth('2025-03-15' as CivilDate, false); //=> '2025-02'
 * referenceMonth('2025-03-15' as CivilDate, true);  //=> '2025-03'
 * ```
 * @category Eligibility
 */
export function referenceMonth(applicationDate: CivilDate, incomeLost: boolean): CivilMonth {
  const month = monthOf(applicationDate);
  return incomeLost ? month : addMonthsToMonth(month, -1);
}

/** @internal */
export const referenceMonthBasis: LegalBasis = { act: 'ups', article: '8', paragraph: '3' };
