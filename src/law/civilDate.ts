import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { parseISO } from 'date-fns/parseISO';
import * as z from 'zod';

/**
 * A civil date `YYYY-MM-DD`: a day in the calendar, with no time and no time zone.
 *
 * @remarks Polish: „data”. Validated as a real calendar day (2025-02-29 is refused).
 * Ordering is by string comparison, which for this fixed-width format is exactly calendar order
 * and cannot drift with the machine's time zone; arithmetic goes through date-fns.
 * @example
 * ```ts
 * import { CivilDate } from 'praca-socjalna';
 * const d: CivilDate = CivilDate.parse('2025-03-01');
 * ```
 * @category Law
 */
export const CivilDate = z.iso.date().brand<'CivilDate'>();
/** A civil date `YYYY-MM-DD`; see the {@link CivilDate} schema. */
export type CivilDate = z.infer<typeof CivilDate>;

/**
 * A calendar month `YYYY-MM`, the unit of income and of benefit payment (art. 8 ust. 3, art. 106 ust. 3 u.p.s.).
 *
 * @example
 * ```ts
 * import { CivilMonth } from 'praca-socjalna';
 * const m: CivilMonth = CivilMonth.parse('2025-02');
 * ```
 * @category Law
 */
export const CivilMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month YYYY-MM' })
  .brand<'CivilMonth'>();
/** A calendar month `YYYY-MM`; see the {@link CivilMonth} schema. */
export type CivilMonth = z.infer<typeof CivilMonth>;

/** Local midnight of a civil date: date-fns works in local time, and so do we, symmetrically, so no day is lost. */
function toLocal(date: string): Date {
  return parseISO(date);
}

function fromLocal(date: Date): CivilDate {
  return format(date, 'yyyy-MM-dd') as CivilDate;
}

/**
 * Compares two civil dates: negative if `a` is earlier, 0 if equal, positive if later.
 *
 * @example
 * ```ts
 * import { compareCivilDates, type CivilDate } from 'praca-socjalna';
 * compareCivilDates('2025-01-01' as CivilDate, '2025-01-02' as CivilDate); //=> -1
 * ```
 * @category Law
 */
export function compareCivilDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds whole calendar days to a civil date (negative to go back).
 *
 * @example
 * ```ts
 * import { addCivilDays, type CivilDate } from 'praca-socjalna';
 * addCivilDays('2025-02-28' as CivilDate, 1); //=> '2025-03-01'
 * ```
 * @category Law
 */
export function addCivilDays(date: CivilDate, days: number): CivilDate {
  return fromLocal(addDays(toLocal(date), days));
}

/**
 * Adds calendar months to a civil date; the day is clamped to the end of a shorter month.
 *
 * @example
 * ```ts
 * import { addCivilMonths, type CivilDate } from 'praca-socjalna';
 * addCivilMonths('2025-01-31' as CivilDate, 1); //=> '2025-02-28'
 * ```
 * @category Law
 */
export function addCivilMonths(date: CivilDate, months: number): CivilDate {
  return fromLocal(addMonths(toLocal(date), months));
}

/**
 * Counts calendar days from `earlier` to `later` (`2025-04-16` → `2025-04-30` is 14).
 *
 * @example
 * ```ts
 * import { civilDaysBetween, type CivilDate } from 'praca-socjalna';
 * civilDaysBetween('2025-04-16' as CivilDate, '2025-04-30' as CivilDate); //=> 14
 * ```
 * @category Law
 */
export function civilDaysBetween(earlier: CivilDate, later: CivilDate): number {
  return differenceInCalendarDays(toLocal(later), toLocal(earlier));
}

/**
 * The month a civil date falls in.
 *
 * @example
 * ```ts
 * import { monthOf, type CivilDate } from 'praca-socjalna';
 * monthOf('2025-03-15' as CivilDate); //=> '2025-03'
 * ```
 * @category Law
 */
export function monthOf(date: CivilDate): CivilMonth {
  return date.slice(0, 7) as CivilMonth;
}

/**
 * Adds calendar months to a month.
 *
 * @example
 * ```ts
 * import { addMonthsToMonth, type CivilMonth } from 'praca-socjalna';
 * addMonthsToMonth('2025-12' as CivilMonth, 1); //=> '2026-01'
 * ```
 * @category Law
 */
export function addMonthsToMonth(month: CivilMonth, months: number): CivilMonth {
  return monthOf(addCivilMonths(`${month}-01` as CivilDate, months));
}

/**
 * The number of calendar days in a month (28–31), as art. 106 ust. 3 u.p.s. divides by it.
 *
 * @example
 * ```ts
 * import { daysInMonth, type CivilMonth } from 'praca-socjalna';
 * daysInMonth('2024-02' as CivilMonth); //=> 29
 * ```
 * @category Law
 */
export function daysInMonth(month: CivilMonth): number {
  return getDaysInMonth(toLocal(`${month}-01`));
}

/**
 * The first day of a month.
 *
 * @example
 * ```ts
 * import { firstDayOf, type CivilMonth } from 'praca-socjalna';
 * firstDayOf('2025-02' as CivilMonth); //=> '2025-02-01'
 * ```
 * @category Law
 */
export function firstDayOf(month: CivilMonth): CivilDate {
  return `${month}-01` as CivilDate;
}

/**
 * Whole years of age on a date (a birthday on 29 February counts from 1 March in common years).
 *
 * @example
 * ```ts
 * import { ageOn, type CivilDate } from 'praca-socjalna';
 * ageOn('2007-05-02' as CivilDate, '2025-05-02' as CivilDate); //=> 18
 * ```
 * @category Law
 */
export function ageOn(birthDate: CivilDate, asOf: CivilDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  const hadBirthday = am > bm || (am === bm && ad >= bd);
  return ay - by - (hadBirthday ? 0 : 1);
}
