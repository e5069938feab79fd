import type { CivilDate } from './civilDate.js';
import type { Confidence } from './confidence.js';
import { civilDateOf, isoWeekday } from './dayNumber.js';
import { type DeadlineDayOff, type DeadlineNote, type DeadlineResult, addMonthsClamped } from './deadline.js';
import { calendarYears, holidaysOfYear } from './holidays.js';
import type { LegalBasis } from './legalBasis.js';
import { type SourceRef, sourceText } from './sources.js';
import { supportedDay, yearOf } from './workingDays.js';

/**
 * The Code of Administrative Procedure (k.p.a., ustawa z dnia 14 czerwca 1960 r.) as far as the SDK uses
 * it: the time to settle a case needing an inquiry (art. 35 § 3) and how terms are counted (art. 57 § 3–4).
 *
 * @remarks Art. 35 § 3: „nie później niż w ciągu miesiąca, a sprawy szczególnie skomplikowanej – nie
 * później niż w ciągu dwóch miesięcy od dnia wszczęcia postępowania” (V). Art. 57 § 3: a term in months
 * ends on the day of the last month that corresponds to the first day, or on the last day of that month
 * (V). Art. 57 § 4: a term ending on a statutory day off or a Saturday ends on the next day that is
 * neither; the Saturday part since the amendment in force 2017-06-01 (wording V, date S). Source:
 * REFERENCE.md §0.0 item 13; the act's citation is the catalogue's `legalSources.kpa`, whose date and
 * position the reference does not give.
 * @example
 * ```ts
 * import { kpa } from 'praca-socjalna';
 * kpa.decisionMonths.complicated; //=> 2
 * ```
 * @category Deadlines
 */
export const kpa = {
  decisionMonths: { ordinary: 1, complicated: 2, basis: { act: 'kpa', article: '35', section: '3' } as LegalBasis, confidence: 'V' as Confidence },
  monthTerms: { basis: { act: 'kpa', article: '57', section: '3' } as LegalBasis, confidence: 'V' as Confidence },
  endOnDayOff: { basis: { act: 'kpa', article: '57', section: '4' } as LegalBasis, confidence: 'V' as Confidence },
  saturdayFrom: { date: '2017-06-01' as CivilDate, confidence: 'S' as Confidence },
  source: { id: 'kpa', remark: ', art. 35 § 3, art. 57 § 3–4' } as SourceRef,
} as const;
const sourceWords = sourceText(kpa.source);

/** @internal The next day from `nominalEnd` (inclusive) that art. 57 § 4 k.p.a. lets a term end on. */
export function endOnDayOff(n: number): { readonly n: number; readonly moved: readonly DeadlineDayOff[]; readonly notes: readonly DeadlineNote[] } | null {
  const saturdays = civilDateOf(n) >= kpa.saturdayFrom.date;
  const moved: DeadlineDayOff[] = [];
  const notes = new Set<DeadlineNote>();
  if (!saturdays) notes.add('kpaSaturdayNotYetInForce');
  for (let day = n; ; day++) {
    const date = civilDateOf(day);
    const year = yearOf(day);
    if (year > calendarYears.to) return null;
    const holiday = holidaysOfYear(year).get(date) ?? null;
    const weekday = isoWeekday(day);
    if (holiday !== null) moved.push({ date, kind: 'publicHoliday', holiday: holiday.code });
    else if (weekday === 7) {
      moved.push({ date, kind: 'sunday', holiday: null });
      notes.add('sundayRecalled');
    } else if (weekday === 6 && saturdays) moved.push({ date, kind: 'saturday', holiday: null });
    else return { n: day, moved, notes: [...notes] };
  }
}

/**
 * The last day to settle an administrative case that needs an inquiry: one month from the day the
 * proceedings were initiated, two in a particularly complicated case (art. 35 § 3 k.p.a.), counted by art.
 * 57 § 3 and moved by art. 57 § 4 past statutory days off and (from 2017-06-01) Saturdays.
 *
 * @remarks Polish: „termin załatwienia sprawy”. u.p.s. sets no own time for the decision; the k.p.a.
 * applies. A centre's own days off do not move a k.p.a. term. Trusted input from TypeScript; from
 * JavaScript any value gives a result, never a throw.
 * @example
 * ```ts
 * import { decisionDeadline } from 'praca-socjalna';
 * const r = decisionDeadline({ initiatedOn: '2025-11-24', complicated: false });
 * r.status === 'decided' && r.deadline.date; //=> '2025-12-29' (24 Dec holiday from 2025, 27–28 Dec weekend)
 * ```
 * @category Deadlines
 */
export function decisionDeadline(input: { readonly initiatedOn: CivilDate | string; readonly complicated: boolean }): DeadlineResult {
  const start = supportedDay(input?.initiatedOn, 'initiatedOn');
  if (!start.ok) return { status: 'unsupported', reason: start.error };
  const complicated = input.complicated === true;
  const months = complicated ? kpa.decisionMonths.complicated : kpa.decisionMonths.ordinary;
  const from = civilDateOf(start.n);
  const nominalEnd = addMonthsClamped(from, months);
  const end = supportedDay(nominalEnd, 'result');
  if (!end.ok) return { status: 'unsupported', reason: end.error };
  const moved = endOnDayOff(end.n);
  if (moved === null) return { status: 'unsupported', reason: { code: 'outside_calendar_years', field: 'result', year: calendarYears.to + 1, ...calendarYears } };
  return {
    status: 'decided',
    deadline: {
      rule: complicated ? 'kpa.decisionComplicated' : 'kpa.decision',
      basis: [kpa.decisionMonths.basis, kpa.monthTerms.basis, kpa.endOnDayOff.basis],
      from,
      count: { value: months, unit: 'months' },
      date: civilDateOf(moved.n),
      nominalEnd,
      daysOff: moved.moved,
      source: sourceWords,
      sourceId: 'kpa',
      confidence: moved.notes.length > 0 ? lowest(moved.notes) : 'V',
      notes: moved.notes,
    },
  };
}

function lowest(notes: readonly DeadlineNote[]): Confidence {
  return notes.includes('sundayRecalled') ? 'R' : 'S';
}
