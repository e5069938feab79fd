import * as z from 'zod';
import { civilPartsOf, dayNumberOf, monthLength } from './dayNumber.js';

/**
 * The earliest civil date the SDK supports: 1 January 1900 (the oldest birth dates a centre records).
 *
 * @remarks Every {@link CivilDate} lies between this and {@link LATEST_CIVIL_DATE}; arithmetic that would
 * leave the range is refused by the validating functions (`tryAddCivilDays` and its siblings return `null`).
 * @example
 * ```ts
 * import { EARLIEST_CIVIL_DATE } from 'praca-socjalna';
 * EARLIEST_CIVIL_DATE; //=> '1900-01-01'
 * ```
 * @category Law
 */
export const EARLIEST_CIVIL_DATE = '1900-01-01';

/**
 * The latest civil date the SDK supports: 31 December 2199.
 *
 * @remarks Far enough for any deadline, contract or review a centre sets; every date past it is refused,
 * so no computation ever produces a five-digit year.
 * @example
 * ```ts
 * import { LATEST_CIVIL_DATE } from 'praca-socjalna';
 * LATEST_CIVIL_DATE; //=> '2199-12-31'
 * ```
 * @category Law
 */
export const LATEST_CIVIL_DATE = '2199-12-31';

/**
 * The earliest date of a legal fact the SDK decides on: 1 May 2004, the day the Act of 12 March 2004 on
 * social assistance (u.p.s.) entered into force (art. 163 u.p.s.).
 *
 * @remarks Dates of decisions, applications and events ("legal dates") lie between this and
 * {@link LATEST_CIVIL_DATE}; see the {@link LegalDate} schema. Birth dates may be earlier (from 1900).
 * @example
 * ```ts
 * import { EARLIEST_LEGAL_DATE } from 'praca-socjalna';
 * EARLIEST_LEGAL_DATE; //=> '2004-05-01'
 * ```
 * @category Law
 */
export const EARLIEST_LEGAL_DATE = '2004-05-01';

// Day numbers count days from 1970-01-01 (day 0) in the proleptic Gregorian calendar, in integers only:
// no `Date`, so no time zone, no daylight-saving hour and no "Invalid time value" can touch a civil date.

// The integer day arithmetic itself (H. Hinnant's algorithms) lives in dayNumber.ts, shared with the calendar.
const daysFromCivil = dayNumberOf;
const civilFromDays = civilPartsOf;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const format = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as CivilDate;

/** The value of an ASCII digit at `i`, or -1. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** `YYYY-MM-DD` read by character codes: fixed length, no regex, no substrings (the hot path of every lookup). */
function fields(input: unknown): number {
  if (typeof input !== 'string' || input.length !== 10 || input.charCodeAt(4) !== 45 || input.charCodeAt(7) !== 45) return -1;
  const y0 = digit(input, 0), y1 = digit(input, 1), y2 = digit(input, 2), y3 = digit(input, 3);
  const m0 = digit(input, 5), m1 = digit(input, 6), d0 = digit(input, 8), d1 = digit(input, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

/** Splits `YYYY-MM-DD` into numbers if it names a real calendar day (any year 0000–9999), else `null`. */
function split(input: unknown): readonly [number, number, number] | null {
  const f = fields(input);
  return f < 0 ? null : [Math.floor(f / 10000), Math.floor(f / 100) % 100, f % 100];
}

const MIN_DAY = daysFromCivil(1900, 1, 1);
const MAX_DAY = daysFromCivil(2199, 12, 31);

function inSupportedRange(input: string): boolean {
  return input >= EARLIEST_CIVIL_DATE && input <= LATEST_CIVIL_DATE;
}

/**
 * A civil date `YYYY-MM-DD`: a day in the calendar, with no time and no time zone, between
 * {@link EARLIEST_CIVIL_DATE} (1900-01-01) and {@link LATEST_CIVIL_DATE} (2199-12-31).
 *
 * @remarks Polish: „data”. Validated as a real calendar day (2025-02-29 is refused) within the supported
 * years. Ordering is by string comparison, which for this fixed-width format is exactly calendar order;
 * arithmetic is on integer day numbers, so it cannot drift with the machine's time zone.
 * @example
 * ```ts
 * import { CivilDate } from 'praca-socjalna';
 * const d: CivilDate = CivilDate.parse('2025-03-01');
 * CivilDate.safeParse('1899-12-31').success; //=> false (before the supported years)
 * ```
 * @category Law
 */
export const CivilDate = z
  .iso.date({ abort: true }) // a malformed date gets one issue, not a second one for the range
  .refine(inSupportedRange, { error: `expected a date from ${EARLIEST_CIVIL_DATE} to ${LATEST_CIVIL_DATE}` })
  .brand<'CivilDate'>()
  .meta({ description: `A civil date YYYY-MM-DD from ${EARLIEST_CIVIL_DATE} to ${LATEST_CIVIL_DATE}.` });
/** A civil date `YYYY-MM-DD`; see the {@link CivilDate} schema. */
export type CivilDate = z.infer<typeof CivilDate>;

/**
 * The date of a legal fact (application, decision, event, "as of"): a {@link CivilDate} from
 * {@link EARLIEST_LEGAL_DATE} (2004-05-01, the u.p.s. in force) to {@link LATEST_CIVIL_DATE}.
 *
 * @example
 * ```ts
 * import { LegalDate } from 'praca-socjalna';
 * LegalDate.safeParse('2025-03-01').success; //=> true
 * LegalDate.safeParse('2004-04-30').success; //=> false (before the u.p.s.)
 * ```
 * @category Law
 */
export const LegalDate = CivilDate.refine((d) => d >= EARLIEST_LEGAL_DATE, {
  error: `expected a date from ${EARLIEST_LEGAL_DATE} to ${LATEST_CIVIL_DATE}`,
}).meta({ description: `A date of a legal fact YYYY-MM-DD from ${EARLIEST_LEGAL_DATE} to ${LATEST_CIVIL_DATE}.` });
/** The date of a legal fact; see the {@link LegalDate} schema. */
export type LegalDate = z.infer<typeof LegalDate>;

/**
 * A calendar month `YYYY-MM`, the unit of income and of benefit payment (art. 8 ust. 3, art. 106 ust. 3 u.p.s.).
 *
 * @remarks Bounded like {@link CivilDate}: from 1900-01 to 2199-12.
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
  .refine((m) => m >= EARLIEST_CIVIL_DATE.slice(0, 7) && m <= LATEST_CIVIL_DATE.slice(0, 7), {
    error: `expected a month from ${EARLIEST_CIVIL_DATE.slice(0, 7)} to ${LATEST_CIVIL_DATE.slice(0, 7)}`,
  })
  .brand<'CivilMonth'>();
/** A calendar month `YYYY-MM`; see the {@link CivilMonth} schema. */
export type CivilMonth = z.infer<typeof CivilMonth>;

/**
 * A civil date if the input is one within the supported years, otherwise `null`: the validating entry
 * for dates from JavaScript (`'2025-02-30'`, `'16.04.2025'`, `'2018-9-30'`, `'10000-01-01'` give `null`).
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { parseCivilDate } from 'praca-socjalna';
 * parseCivilDate('2025-03-01'); //=> '2025-03-01'
 * parseCivilDate('2025-02-30'); //=> null
 * ```
 * @category Law
 */
export function parseCivilDate(input: unknown): CivilDate | null {
  return fields(input) >= 0 && inSupportedRange(input as string) ? (input as CivilDate) : null;
}

/**
 * The day number of a civil date (days since 1970-01-01), or `null` for anything that is not a valid
 * {@link CivilDate}. Exact integer arithmetic; the inverse of {@link civilDateFromDayNumber}.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { civilDayNumber } from 'praca-socjalna';
 * civilDayNumber('1970-01-02'); //=> 1
 * ```
 * @category Law
 */
export function civilDayNumber(date: unknown): number | null {
  const parts = split(date);
  if (parts === null || !inSupportedRange(date as string)) return null;
  return daysFromCivil(...parts);
}

/**
 * The civil date of a day number (days since 1970-01-01), or `null` if it is not an integer or falls
 * outside the supported years.
 *
 * @example
 * ```ts
 * import { civilDateFromDayNumber } from 'praca-socjalna';
 * civilDateFromDayNumber(0); //=> '1970-01-01'
 * civilDateFromDayNumber(1e9); //=> null
 * ```
 * @category Law
 */
export function civilDateFromDayNumber(day: number): CivilDate | null {
  if (!Number.isSafeInteger(day) || day < MIN_DAY || day > MAX_DAY) return null;
  return format(...civilFromDays(day));
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
 * Adds whole calendar days to a civil date (negative to go back), or `null` if the date is not a valid
 * {@link CivilDate}, `days` is not a safe integer, or the result leaves the supported years. The
 * validating twin of {@link addCivilDays}.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { tryAddCivilDays } from 'praca-socjalna';
 * tryAddCivilDays('2025-02-28', 1);  //=> '2025-03-01'
 * tryAddCivilDays('2199-12-31', 1);  //=> null
 * tryAddCivilDays('16.04.2025', 1);  //=> null
 * ```
 * @category Law
 */
export function tryAddCivilDays(date: unknown, days: unknown): CivilDate | null {
  const n = civilDayNumber(date);
  if (n === null || typeof days !== 'number' || !Number.isSafeInteger(days)) return null;
  return civilDateFromDayNumber(n + days);
}

/**
 * Adds whole calendar days to a civil date (negative to go back).
 *
 * @remarks Trusted: for a valid {@link CivilDate} and an integer `days` it is exact. It never throws and
 * never returns a date outside the supported years: a result past {@link LATEST_CIVIL_DATE} or before
 * {@link EARLIEST_CIVIL_DATE} is clamped to that bound, and an input that is not a valid date is
 * returned unchanged. Use {@link tryAddCivilDays} to detect those cases.
 * @example
 * ```ts
 * import { addCivilDays, type CivilDate } from 'praca-socjalna';
 * addCivilDays('2025-02-28' as CivilDate, 1); //=> '2025-03-01'
 * ```
 * @category Law
 */
export function addCivilDays(date: CivilDate, days: number): CivilDate {
  const n = civilDayNumber(date);
  if (n === null) return date;
  const step = Number.isFinite(days) ? Math.trunc(days) : 0;
  return format(...civilFromDays(Math.min(MAX_DAY, Math.max(MIN_DAY, n + step))));
}

/** Months shifted with the day clamped to the month's end; `null` outside years 0–9999 of the proleptic calendar. */
function shiftMonths(y: number, m: number, d: number, months: number): readonly [number, number, number] {
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return [ny, nm, Math.min(d, monthLength(ny, nm))];
}

/**
 * Adds calendar months to a civil date, the day clamped to the end of a shorter month, or `null` if the
 * input is not a valid {@link CivilDate}, `months` is not a safe integer, or the result leaves the
 * supported years. The validating twin of {@link addCivilMonths}.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { tryAddCivilMonths } from 'praca-socjalna';
 * tryAddCivilMonths('2025-01-31', 1); //=> '2025-02-28'
 * tryAddCivilMonths('2199-12-01', 1); //=> null
 * ```
 * @category Law
 */
export function tryAddCivilMonths(date: unknown, months: unknown): CivilDate | null {
  const parts = split(date);
  if (parts === null || !inSupportedRange(date as string)) return null;
  if (typeof months !== 'number' || !Number.isSafeInteger(months) || Math.abs(months) > 12 * 300) return null;
  const [y, m, d] = shiftMonths(...parts, months);
  return parseCivilDate(format(y, m, d));
}

/**
 * Adds calendar months to a civil date; the day is clamped to the end of a shorter month.
 *
 * @remarks Trusted, like {@link addCivilDays}: exact for a valid date, clamped to the supported years,
 * an invalid date returned unchanged; never throws. Use {@link tryAddCivilMonths} to detect those cases.
 * @example
 * ```ts
 * import { addCivilMonths, type CivilDate } from 'praca-socjalna';
 * addCivilMonths('2025-01-31' as CivilDate, 1); //=> '2025-02-28'
 * ```
 * @category Law
 */
export function addCivilMonths(date: CivilDate, months: number): CivilDate {
  const parts = split(date);
  if (parts === null || !inSupportedRange(date)) return date;
  const step = Number.isFinite(months) ? Math.max(-12 * 300, Math.min(12 * 300, Math.trunc(months))) : 0;
  const shifted = format(...shiftMonths(...parts, step));
  return shifted < EARLIEST_CIVIL_DATE ? (EARLIEST_CIVIL_DATE as CivilDate) : shifted > LATEST_CIVIL_DATE ? (LATEST_CIVIL_DATE as CivilDate) : shifted;
}

/**
 * Counts calendar days from `earlier` to `later`, or `null` if either is not a valid {@link CivilDate}.
 * The validating twin of {@link civilDaysBetween}.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { tryCivilDaysBetween } from 'praca-socjalna';
 * tryCivilDaysBetween('2025-04-16', '2025-04-30'); //=> 14
 * tryCivilDaysBetween('2025-04-16', '2025-04-31'); //=> null
 * ```
 * @category Law
 */
export function tryCivilDaysBetween(earlier: unknown, later: unknown): number | null {
  const a = civilDayNumber(earlier);
  const b = civilDayNumber(later);
  return a === null || b === null ? null : b - a;
}

/**
 * Counts calendar days from `earlier` to `later` (`2025-04-16` → `2025-04-30` is 14).
 *
 * @remarks Trusted: exact for valid dates; returns 0 (never `NaN`) if either is not a valid date. Use
 * {@link tryCivilDaysBetween} to detect that.
 * @example
 * ```ts
 * import { civilDaysBetween, type CivilDate } from 'praca-socjalna';
 * civilDaysBetween('2025-04-16' as CivilDate, '2025-04-30' as CivilDate); //=> 14
 * ```
 * @category Law
 */
export function civilDaysBetween(earlier: CivilDate, later: CivilDate): number {
  return tryCivilDaysBetween(earlier, later) ?? 0;
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
 * @remarks Trusted, like {@link addCivilMonths}: clamped to the supported years, never throws.
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
 * @remarks Trusted: for a string that is not a month `YYYY-MM` it returns 30 (never `NaN`); validate
 * with the {@link CivilMonth} schema first.
 * @example
 * ```ts
 * import { daysInMonth, type CivilMonth } from 'praca-socjalna';
 * daysInMonth('2024-02' as CivilMonth); //=> 29
 * ```
 * @category Law
 */
export function daysInMonth(month: CivilMonth): number {
  const parts = split(`${month}-01`);
  return parts === null ? 30 : monthLength(parts[0], parts[1]);
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
 * Whole years of age on a date, or `null` if either date is not a valid {@link CivilDate} or `asOf` is
 * before the birth date. The validating twin of {@link ageOn}.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { tryAgeOn } from 'praca-socjalna';
 * tryAgeOn('2007-05-02', '2025-05-02'); //=> 18
 * tryAgeOn('1980-13-01', '2025-05-02'); //=> null
 * ```
 * @category Law
 */
export function tryAgeOn(birthDate: unknown, asOf: unknown): number | null {
  const b = parseCivilDate(birthDate);
  const a = parseCivilDate(asOf);
  if (b === null || a === null || a < b) return null;
  return ageOn(b, a);
}

/**
 * Whole years of age on a date (a birthday on 29 February counts from 1 March in common years).
 *
 * @remarks Trusted: give valid dates (validated by the schemas that carry them). For anything else it
 * still never throws or returns `NaN`, but the number means nothing; use {@link tryAgeOn} to validate.
 * @example
 * ```ts
 * import { ageOn, type CivilDate } from 'praca-socjalna';
 * ageOn('2007-05-02' as CivilDate, '2025-05-02' as CivilDate); //=> 18
 * ```
 * @category Law
 */
export function ageOn(birthDate: CivilDate, asOf: CivilDate): number {
  const b = split(birthDate);
  const a = split(asOf);
  if (b === null || a === null) return 0;
  const [by, bm, bd] = b;
  const [ay, am, ad] = a;
  const hadBirthday = am > bm || (am === bm && ad >= bd);
  return ay - by - (hadBirthday ? 0 : 1);
}
