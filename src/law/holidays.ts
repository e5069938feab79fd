import * as z from 'zod';
import type { CivilDate } from './civilDate.js';
import type { Confidence } from './confidence.js';
import { civilDateOf, dayNumberOf, splitCivilDate } from './dayNumber.js';
import type { LegalBasis } from './legalBasis.js';
import { type SourceId, sourceText } from './sources.js';

/**
 * The years for which the SDK computes public holidays and deadlines: 2004 (the year u.p.s. came into
 * force) to 2199 (the bound on legal dates the SDK states everywhere). A date outside them is answered
 * as `unsupported`, never guessed.
 *
 * @remarks For years after the reference was compiled (2026-11-25) the list is the one in force then: a
 * later amendment of the Act of 18 January 1951 is not known to the SDK. A centre adds its own days off
 * with a {@link HolidayCalendar}.
 * @example
 * ```ts
 * import { calendarYears } from 'praca-socjalna';
 * calendarYears.from; //=> 2004
 * ```
 * @category Calendar
 */
export const calendarYears = { from: 2004, to: 2199 } as const;

/**
 * The days off of the Act of 18 January 1951 on public holidays (ustawa o dniach wolnych od pracy), by code.
 *
 * @remarks Polish names: Nowy Rok, Święto Trzech Króli, Wielkanoc (pierwszy i drugi dzień), Święto
 * Państwowe (1 maja), Święto Narodowe Trzeciego Maja, Zielone Świątki (pierwszy dzień), Boże Ciało,
 * Wniebowzięcie Najświętszej Maryi Panny, Wszystkich Świętych, Narodowe Święto Niepodległości, Wigilia
 * Bożego Narodzenia, Boże Narodzenie (pierwszy i drugi dzień). Good Friday is not one. Sundays are days off
 * too; they are kept apart (see {@link dayKind}).
 * @example
 * ```ts
 * import { PublicHolidayCode } from 'praca-socjalna';
 * PublicHolidayCode.parse('christmasEve');
 * ```
 * @category Calendar
 */
export const PublicHolidayCode = z.enum([
  'newYear',
  'epiphany',
  'easterSunday',
  'easterMonday',
  'labourDay',
  'constitutionDay',
  'pentecostSunday',
  'corpusChristi',
  'assumption',
  'allSaints',
  'independenceDay',
  'christmasEve',
  'christmasDay',
  'secondDayOfChristmas',
]);
/** A public holiday's code; see {@link PublicHolidayCode}. */
export type PublicHolidayCode = z.infer<typeof PublicHolidayCode>;

/**
 * How one public holiday is fixed: on a day of a month, or a number of days after Easter Sunday; since
 * which day it is a day off (`null`: for every supported year), with basis, source and confidence.
 *
 * @example
 * ```ts
 * import { publicHolidayRules } from 'praca-socjalna';
 * publicHolidayRules.find((r) => r.code === 'christmasEve')?.inForceFrom; //=> '2025-02-01'
 * ```
 * @category Calendar
 */
export interface PublicHolidayRule {
  readonly code: PublicHolidayCode;
  readonly date: { readonly kind: 'fixed'; readonly month: number; readonly day: number } | { readonly kind: 'easter'; readonly daysAfterEaster: number };
  readonly inForceFrom: CivilDate | null;
  readonly basis: LegalBasis;
  /** The citation in words, built from the catalogue entry `sourceId`. */
  readonly source: string;
  /** The entry of `legalSources` the rule rests on. */
  readonly sourceId: SourceId;
  readonly confidence: Confidence;
}

// Art. 1 of the act holds the list; the reference (§0.0 item 14) gives the list, not the points of art. 1,
// so no point is cited.
const basis: LegalBasis = { act: 'dniWolne1951', article: '1' };
// the list is REFERENCE.md §0.0 item 14; the act's citation is the catalogue's
const listSource = sourceText({ id: 'publicHolidays1951', remark: ', art. 1' });
const sourceId = 'publicHolidays1951' satisfies SourceId;
const fixed = (code: PublicHolidayCode, month: number, day: number, inForceFrom: string | null = null, source = listSource, confidence: Confidence = 'V'): PublicHolidayRule => ({
  code, date: { kind: 'fixed', month, day }, inForceFrom: inForceFrom as CivilDate | null, basis, source, sourceId, confidence,
});
const movable = (code: PublicHolidayCode, daysAfterEaster: number): PublicHolidayRule => ({
  code, date: { kind: 'easter', daysAfterEaster }, inForceFrom: null, basis, source: listSource, sourceId, confidence: 'V',
});

/**
 * The public holidays of the Act of 18 January 1951 as rules, in calendar order.
 *
 * @remarks 6 January is a day off from 2011 and 24 December from 2025 (the amending act in force
 * 2025-02-01, so 2025-12-24 is the first); both dates are secondary-source (S) in the reference. Easter
 * is the Gregorian (Western) Easter; Pentecost Sunday is Easter + 49 days and Corpus Christi Easter + 60.
 * @example
 * ```ts
 * import { publicHolidayRules } from 'praca-socjalna';
 * publicHolidayRules.length; //=> 14
 * ```
 * @category Calendar
 */
export const publicHolidayRules: readonly PublicHolidayRule[] = [
  fixed('newYear', 1, 1),
  fixed('epiphany', 1, 6, '2011-01-01', `${listSource}; dzień wolny od 2011 r.`, 'S'),
  movable('easterSunday', 0),
  movable('easterMonday', 1),
  fixed('labourDay', 5, 1),
  fixed('constitutionDay', 5, 3),
  movable('pentecostSunday', 49),
  movable('corpusChristi', 60),
  fixed('assumption', 8, 15),
  fixed('allSaints', 11, 1),
  fixed('independenceDay', 11, 11),
  fixed('christmasEve', 12, 24, '2025-02-01', `${listSource}; dodany ustawą zmieniającą w mocy od 1 lutego 2025 r.`, 'S'),
  fixed('christmasDay', 12, 25),
  fixed('secondDayOfChristmas', 12, 26),
];

/**
 * One public holiday of a year: its date, code and the rule that makes it a day off.
 *
 * @example
 * ```ts
 * import { publicHolidaysIn, type PublicHoliday } from 'praca-socjalna';
 * const r = publicHolidaysIn(2025);
 * const first: PublicHoliday | undefined = r.ok ? r.value[0] : undefined; // 2025-01-01, newYear
 * ```
 * @category Calendar
 */
export interface PublicHoliday {
  readonly date: CivilDate;
  readonly code: PublicHolidayCode;
  readonly rule: PublicHolidayRule;
}

/**
 * Why the calendar gives no answer: the date is not a real `YYYY-MM-DD` day, or it lies outside
 * {@link calendarYears}.
 *
 * @example
 * ```ts
 * import { publicHolidaysIn } from 'praca-socjalna';
 * const r = publicHolidaysIn(2003);
 * if (!r.ok) r.error.code; //=> 'outside_calendar_years'
 * ```
 * @category Calendar
 */
export type CalendarUnsupported =
  | { readonly code: 'invalid_date'; readonly field: string }
  | { readonly code: 'outside_calendar_years'; readonly field: string; readonly year: number | null; readonly from: number; readonly to: number };

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * @remarks Pure integer arithmetic, valid for every Gregorian year; the holidays use it only within
 * {@link calendarYears}.
 * @example
 * ```ts
 * import { easterSunday } from 'praca-socjalna';
 * easterSunday(2025); //=> '2025-04-20'
 * ```
 * @category Calendar
 */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDateOf(dayNumberOf(year, month, day));
}

const byYear = new Map<number, ReadonlyMap<string, PublicHoliday>>();

/** @internal The holidays of a supported year by date (computed once per year, then shared). */
export function holidaysOfYear(year: number): ReadonlyMap<string, PublicHoliday> {
  let known = byYear.get(year);
  if (known !== undefined) return known;
  const easter = splitCivilDate(easterSunday(year)) as { year: number; month: number; day: number };
  const easterDay = dayNumberOf(easter.year, easter.month, easter.day);
  const days: PublicHoliday[] = [];
  for (const rule of publicHolidayRules) {
    const date = rule.date.kind === 'fixed' ? civilDateOf(dayNumberOf(year, rule.date.month, rule.date.day)) : civilDateOf(easterDay + rule.date.daysAfterEaster);
    if (rule.inForceFrom === null || date >= rule.inForceFrom) days.push({ date, code: rule.code, rule });
  }
  days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  known = new Map(days.map((h) => [h.date, h]));
  byYear.set(year, known);
  return known;
}

/**
 * The public holidays of a year under the Act of 18 January 1951, in date order, each with its rule;
 * `outside_calendar_years` for a year outside {@link calendarYears}.
 *
 * @example
 * ```ts
 * import { publicHolidaysIn } from 'praca-socjalna';
 * const r = publicHolidaysIn(2025);
 * r.ok && r.value.length; //=> 14
 * r.ok && r.value.some((h) => h.date === '2025-12-24'); //=> true
 * ```
 * @category Calendar
 */
export function publicHolidaysIn(year: number): { readonly ok: true; readonly value: readonly PublicHoliday[] } | { readonly ok: false; readonly error: CalendarUnsupported } {
  if (!Number.isInteger(year) || year < calendarYears.from || year > calendarYears.to) {
    return { ok: false, error: { code: 'outside_calendar_years', field: 'year', year: Number.isInteger(year) ? year : null, ...calendarYears } };
  }
  return { ok: true, value: [...holidaysOfYear(year).values()] };
}

/**
 * The public holiday falling on a date, `null` if none, or why the date is unsupported.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { publicHolidayOn } from 'praca-socjalna';
 * const r = publicHolidayOn('2025-04-21');
 * r.ok && r.value?.code; //=> 'easterMonday'
 * ```
 * @category Calendar
 */
export function publicHolidayOn(date: unknown): { readonly ok: true; readonly value: PublicHoliday | null } | { readonly ok: false; readonly error: CalendarUnsupported } {
  const parts = splitCivilDate(date);
  if (parts === null) return { ok: false, error: { code: 'invalid_date', field: 'date' } };
  if (parts.year < calendarYears.from || parts.year > calendarYears.to) {
    return { ok: false, error: { code: 'outside_calendar_years', field: 'date', year: parts.year, ...calendarYears } };
  }
  return { ok: true, value: holidaysOfYear(parts.year).get(date as string) ?? null };
}
