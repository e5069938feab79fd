import * as z from 'zod';
import { CivilDate } from './civilDate.js';
import { civilDateOf, dayNumberOf, isoWeekday, splitCivilDate } from './dayNumber.js';
import { type CalendarUnsupported, type PublicHoliday, calendarYears, holidaysOfYear } from './holidays.js';

/**
 * A centre's own days off (e.g. a day given back for a holiday that fell on a Saturday), added to the
 * statutory public holidays when working days are counted for the centre's own deadlines.
 *
 * @remarks The statutory holidays of the Act of 18 January 1951 are always applied by the SDK: a calendar
 * can only add days, never remove one, so a calendar that forgets 24 December 2025 cannot shorten a
 * deadline. Deadlines of the Code of Administrative Procedure (art. 57 § 4 k.p.a.) ignore it: only
 * statutory holidays and Saturdays move them.
 * @example
 * ```ts
 * import { HolidayCalendar } from 'praca-socjalna';
 * HolidayCalendar.parse({ source: 'zarządzenie Dyrektora MOPS nr 12/2025', daysOff: ['2025-05-02'] });
 * ```
 * @category Calendar
 */
export const HolidayCalendar = z.strictObject({
  source: z.string().min(1).max(500).describe('Where the days off come from (e.g. an order of the head of the centre, zarządzenie).'),
  daysOff: z.array(CivilDate).max(5000).describe('The centre\'s own days off, added to the statutory public holidays.'),
});
/** A centre's own days off; see {@link HolidayCalendar}. */
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;

/**
 * What kind of day a date is for counting working days.
 *
 * @remarks Polish: dzień roboczy, sobota, niedziela, dzień ustawowo wolny od pracy, dzień wolny ośrodka.
 * @example
 * ```ts
 * import { DayKind } from 'praca-socjalna';
 * DayKind.parse('publicHoliday');
 * ```
 * @category Calendar
 */
export const DayKind = z.enum(['workingDay', 'saturday', 'sunday', 'publicHoliday', 'centreDayOff']);
/** A kind of day; see {@link DayKind}. */
export type DayKind = z.infer<typeof DayKind>;

/** @internal A centre's days off as a set; entries that are not real dates are ignored (trusted input). */
export function centreDaysOff(calendar: HolidayCalendar | undefined): ReadonlySet<string> {
  const days = calendar !== null && typeof calendar === 'object' && Array.isArray(calendar.daysOff) ? calendar.daysOff : [];
  return new Set(days.filter((d) => splitCivilDate(d) !== null));
}

/** @internal The kind of a day number known to lie in a supported year. */
export function kindOfDay(n: number, year: number, daysOff: ReadonlySet<string>): { readonly kind: DayKind; readonly holiday: PublicHoliday | null } {
  const date = civilDateOf(n);
  const holiday = holidaysOfYear(year).get(date) ?? null;
  if (holiday !== null) return { kind: 'publicHoliday', holiday };
  const weekday = isoWeekday(n);
  if (weekday === 6) return { kind: 'saturday', holiday: null };
  if (weekday === 7) return { kind: 'sunday', holiday: null };
  return { kind: daysOff.has(date) ? 'centreDayOff' : 'workingDay', holiday: null };
}

/** @internal A validated date as a day number and year, or why not. */
export function supportedDay(date: unknown, field: string): { readonly ok: true; readonly n: number; readonly year: number } | { readonly ok: false; readonly error: CalendarUnsupported } {
  const parts = splitCivilDate(date);
  if (parts === null) return { ok: false, error: { code: 'invalid_date', field } };
  if (parts.year < calendarYears.from || parts.year > calendarYears.to) {
    return { ok: false, error: { code: 'outside_calendar_years', field, year: parts.year, ...calendarYears } };
  }
  return { ok: true, n: dayNumberOf(parts.year, parts.month, parts.day), year: parts.year };
}

/** @internal The year of a day number (within the supported years). */
export function yearOf(n: number): number {
  return Number(civilDateOf(n).slice(0, 4));
}

/**
 * The kind of a date: a working day, Saturday, Sunday, public holiday (with which one), or one of the
 * centre's own days off; or why the date is unsupported.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { dayKind } from 'praca-socjalna';
 * const r = dayKind('2025-12-24');
 * r.ok && r.value.kind; //=> 'publicHoliday'
 * ```
 * @category Calendar
 */
export function dayKind(date: unknown, calendar?: HolidayCalendar | undefined): { readonly ok: true; readonly value: { readonly kind: DayKind; readonly holiday: PublicHoliday | null } } | { readonly ok: false; readonly error: CalendarUnsupported } {
  const day = supportedDay(date, 'date');
  if (!day.ok) return day;
  return { ok: true, value: kindOfDay(day.n, day.year, centreDaysOff(calendar)) };
}

/**
 * Whether a date is a working day: Monday to Friday, not a public holiday, and not one of the centre's
 * days off. `false` also for a date that is not supported; {@link dayKind} tells the two apart.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { isWorkingDay } from 'praca-socjalna';
 * isWorkingDay('2025-11-11'); //=> false
 * isWorkingDay('2025-11-12'); //=> true
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: unknown, calendar?: HolidayCalendar | undefined): boolean {
  const r = dayKind(date, calendar);
  return r.ok && r.value.kind === 'workingDay';
}

/**
 * A day that was not counted on a weekday: a public holiday or a centre's day off (weekends are not listed).
 *
 * @example
 * ```ts
 * import { type SkippedDay } from 'praca-socjalna';
 * const s: SkippedDay = { date: '2025-11-11' as never, kind: 'publicHoliday', holiday: 'independenceDay' };
 * ```
 * @category Calendar
 */
export interface SkippedDay {
  readonly date: CivilDate;
  readonly kind: 'publicHoliday' | 'centreDayOff';
  readonly holiday: PublicHoliday['code'] | null;
}

/**
 * The largest count {@link addWorkingDays} accepts: about four years of working days, far above any
 * deadline in the SDK; a larger count is refused as `invalid_count` rather than walked.
 *
 * @example
 * ```ts
 * import { maxWorkingDays } from 'praca-socjalna';
 * maxWorkingDays; //=> 1000
 * ```
 * @category Calendar
 */
export const maxWorkingDays = 1000;

/**
 * The date `days` working days after `start` (the start day itself is not counted), with the holidays and
 * centre days off it skipped; `unsupported` when a date is not real, lies outside {@link calendarYears},
 * or the count is not a whole number from 0 to {@link maxWorkingDays}.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { addWorkingDays } from 'praca-socjalna';
 * const r = addWorkingDays('2025-11-07', 2);
 * r.ok && r.value.date; //=> '2025-11-12'
 * ```
 * @category Calendar
 */
export function addWorkingDays(
  start: unknown,
  days: number,
  calendar?: HolidayCalendar | undefined,
): { readonly ok: true; readonly value: { readonly date: CivilDate; readonly skipped: readonly SkippedDay[] } } | { readonly ok: false; readonly error: CalendarUnsupported | { readonly code: 'invalid_count'; readonly field: string; readonly max: number } } {
  const from = supportedDay(start, 'start');
  if (!from.ok) return from;
  if (!Number.isInteger(days) || days < 0 || days > maxWorkingDays) return { ok: false, error: { code: 'invalid_count', field: 'days', max: maxWorkingDays } };
  const daysOff = centreDaysOff(calendar);
  const skipped: SkippedDay[] = [];
  let n = from.n;
  let year = from.year;
  for (let counted = 0; counted < days; ) {
    n += 1;
    const date = civilDateOf(n);
    if (date.endsWith('-01-01')) year += 1;
    if (year > calendarYears.to) return { ok: false, error: { code: 'outside_calendar_years', field: 'result', year, ...calendarYears } };
    const { kind, holiday } = kindOfDay(n, year, daysOff);
    if (kind === 'workingDay') counted += 1;
    else if ((kind === 'publicHoliday' || kind === 'centreDayOff') && isoWeekday(n) <= 5) skipped.push({ date, kind, holiday: holiday?.code ?? null });
  }
  return { ok: true, value: { date: civilDateOf(n), skipped } };
}
