import type { CivilDate } from './civilDate.js';

/**
 * The last day the SDK's legal reference was checked against public texts (the second verification pass).
 *
 * @remarks After this day no table is verified: a value still in force may have been changed by an act or a
 * regulation published later (the income criteria are verified every three years under art. 9 u.p.s.; the
 * next verification is due in 2027, and an extraordinary one may come earlier). Answers for a later `asOf`
 * keep the last values and say from which day each parameter is unverified.
 * @example
 * ```ts
 * import { lawCheckedThrough } from 'praca-socjalna';
 * lawCheckedThrough; //=> '2026-11-25'
 * ```
 * @category Law
 */
export const lawCheckedThrough = '2026-11-25' as CivilDate;

/**
 * The first day a value is no longer verified: the day after {@link lawCheckedThrough}.
 *
 * @example
 * ```ts
 * import { lawUnverifiedFrom } from 'praca-socjalna';
 * lawUnverifiedFrom; //=> '2026-11-26'
 * ```
 * @category Law
 */
export const lawUnverifiedFrom = '2026-11-26' as CivilDate;
