import type { CivilDate } from './civilDate.js';
import type { Confidence } from './confidence.js';
import { civilDateOf, dayNumberOf, monthLength, splitCivilDate } from './dayNumber.js';
import type { CalendarUnsupported, PublicHolidayCode } from './holidays.js';
import type { LegalBasis } from './legalBasis.js';
import type { SourceId } from './sources.js';

/**
 * The deadline rules the SDK computes, by code.
 *
 * @remarks `rws.interview` / `rws.interviewUrgent`: § 3 ust. 2 and 3 of the RWS regulation of 2021;
 * `ups.interviewUpdate`: art. 107 ust. 4 u.p.s.; `kpa.decision` / `kpa.decisionComplicated`: art. 35 § 3
 * with art. 57 § 3–4 k.p.a.
 * @example
 * ```ts
 * import { type DeadlineRule } from 'praca-socjalna';
 * const r: DeadlineRule = 'kpa.decision';
 * ```
 * @category Deadlines
 */
export type DeadlineRule = 'rws.interview' | 'rws.interviewUrgent' | 'ups.interviewUpdate' | 'kpa.decision' | 'kpa.decisionComplicated';

/**
 * A mark on a computed deadline a worker should see: the rule applied in its older wording, or a step
 * rests on a fact the reference does not verify.
 *
 * @remarks `kpaSaturdayNotYetInForce`: the term ended before 2017-06-01, so art. 57 § 4 k.p.a. moved it
 * past statutory holidays only, not Saturdays (the date of that amendment is secondary-source, S).
 * `sundayRecalled`: a Sunday moved the term; that Sundays are statutory days off is recalled, not in the
 * reference's list (R). `monthsReadAsCalendarMonths`: "every 6 months" is counted in calendar months
 * with the day clamped to the end of a shorter month (the SDK's reading; the act sets no method).
 * @example
 * ```ts
 * import { type DeadlineNote } from 'praca-socjalna';
 * const n: DeadlineNote = 'kpaSaturdayNotYetInForce';
 * ```
 * @category Deadlines
 */
export type DeadlineNote = 'kpaSaturdayNotYetInForce' | 'sundayRecalled' | 'monthsReadAsCalendarMonths';

/**
 * A day that moved or lengthened a deadline: a public holiday (which one), a Sunday, a Saturday, or a
 * centre's own day off.
 *
 * @example
 * ```ts
 * import { type DeadlineDayOff } from 'praca-socjalna';
 * const d: DeadlineDayOff = { date: '2025-11-11' as never, kind: 'publicHoliday', holiday: 'independenceDay' };
 * ```
 * @category Deadlines
 */
export interface DeadlineDayOff {
  readonly date: CivilDate;
  readonly kind: 'publicHoliday' | 'saturday' | 'sunday' | 'centreDayOff';
  readonly holiday: PublicHolidayCode | null;
}

/**
 * A computed deadline as data: the rule, its basis, the day counting starts, the count with its unit,
 * the last day, the end before any move, the days off that moved or lengthened it, confidence and marks.
 *
 * @remarks Render it with {@link explainDeadline}; nothing in it is formatted.
 * @example
 * ```ts
 * import { decisionDeadline, type Deadline } from 'praca-socjalna';
 * const r = decisionDeadline({ initiatedOn: '2025-01-31', complicated: false });
 * const d: Deadline | null = r.status === 'decided' ? r.deadline : null; // last day 2025-02-28
 * ```
 * @category Deadlines
 */
export interface Deadline {
  readonly rule: DeadlineRule;
  readonly basis: readonly LegalBasis[];
  readonly from: CivilDate;
  readonly count: { readonly value: number; readonly unit: 'workingDays' | 'months' };
  readonly date: CivilDate;
  readonly nominalEnd: CivilDate;
  readonly daysOff: readonly DeadlineDayOff[];
  /** The citation in words, built from the catalogue entry `sourceId` by `sourceText`. */
  readonly source: string;
  /** The entry of `legalSources` the rule rests on. */
  readonly sourceId: SourceId;
  readonly confidence: Confidence;
  readonly notes: readonly DeadlineNote[];
}

/**
 * Why a deadline is not computed: a date is not real or lies outside the supported years, a count is
 * out of range, or the rule in force on that date is not verified in the reference (`rule_not_verified`,
 * with the act that applied — its citation in words and its `legalSources` id — and its confidence).
 *
 * @example
 * ```ts
 * import { type DeadlineUnsupported } from 'praca-socjalna';
 * const u: DeadlineUnsupported = { code: 'invalid_date', field: 'from' };
 * ```
 * @category Deadlines
 */
export type DeadlineUnsupported =
  | CalendarUnsupported
  | { readonly code: 'invalid_count'; readonly field: string; readonly max: number }
  | { readonly code: 'rule_not_verified'; readonly field: string; readonly rule: DeadlineRule; readonly date: CivilDate; readonly inForceFrom: CivilDate; readonly before: string; readonly beforeSourceId: SourceId; readonly confidence: Confidence };

/**
 * The answer of a deadline rule: `decided` with the {@link Deadline}, or `unsupported` with why.
 *
 * @example
 * ```ts
 * import { decisionDeadline, type DeadlineResult } from 'praca-socjalna';
 * const r: DeadlineResult = decisionDeadline({ initiatedOn: '2003-05-05', complicated: false });
 * r.status; //=> 'unsupported'
 * ```
 * @category Deadlines
 */
export type DeadlineResult = { readonly status: 'decided'; readonly deadline: Deadline } | { readonly status: 'unsupported'; readonly reason: DeadlineUnsupported };

/** @internal `months` calendar months after a date, the day clamped to the end of a shorter month (art. 57 § 3 k.p.a.). */
export function addMonthsClamped(date: CivilDate, months: number): CivilDate {
  const p = splitCivilDate(date) as { year: number; month: number; day: number };
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return civilDateOf(dayNumberOf(year, month, Math.min(p.day, monthLength(year, month))));
}
