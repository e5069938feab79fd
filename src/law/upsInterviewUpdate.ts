import type { CivilDate } from './civilDate.js';
import type { Confidence } from './confidence.js';
import { civilDateOf } from './dayNumber.js';
import { type DeadlineResult, addMonthsClamped } from './deadline.js';
import { calendarYears } from './holidays.js';
import type { LegalBasis } from './legalBasis.js';
import { type SourceRef, sourceText } from './sources.js';
import { supportedDay } from './workingDays.js';

/**
 * Art. 107 ust. 4 u.p.s.: when the interview is updated (aktualizacja wywiadu).
 *
 * @remarks „W przypadku ubiegania się o przyznanie świadczenia z pomocy społecznej po raz kolejny, a także
 * gdy nastąpiła zmiana danych zawartych w wywiadzie, sporządza się aktualizację wywiadu. W przypadku osób
 * korzystających ze stałych form pomocy aktualizację sporządza się nie rzadziej niż co 6 miesięcy, mimo
 * braku zmiany danych.” (V, REFERENCE.md §6.4; parameters.json `communityInterview`). The act sets a time
 * only for the 6-month update: on a new application or changed data the update is due from that day.
 * @example
 * ```ts
 * import { interviewUpdateRule } from 'praca-socjalna';
 * interviewUpdateRule.permanentHelpEveryMonths; //=> 6
 * ```
 * @category Deadlines
 */
export const interviewUpdateRule = {
  permanentHelpEveryMonths: 6,
  basis: { act: 'ups', article: '107', paragraph: '4' } as LegalBasis,
  source: { id: 'ups', cite: 'art. 107 ust. 4 u.p.s.' } as SourceRef,
  confidence: 'V' as Confidence,
} as const;
const sourceWords = sourceText(interviewUpdateRule.source);

/**
 * The latest day to update the interview of a person on permanent help: 6 months after the last interview
 * or update, even if nothing changed (art. 107 ust. 4 u.p.s.).
 *
 * @remarks The months are calendar months, the day clamped to the end of a shorter month (marked
 * `monthsReadAsCalendarMonths`: the act sets no counting method). An update on a new application or on
 * changed data is due from that day; see `interviewUpdate` for all three triggers. Trusted input; from
 * JavaScript any value gives a result, never a throw.
 * @example
 * ```ts
 * import { periodicInterviewUpdateDue } from 'praca-socjalna';
 * const r = periodicInterviewUpdateDue('2025-03-31');
 * r.status === 'decided' && r.deadline.date; //=> '2025-09-30'
 * ```
 * @category Deadlines
 */
export function periodicInterviewUpdateDue(lastInterviewOn: CivilDate | string): DeadlineResult {
  const start = supportedDay(lastInterviewOn, 'lastInterviewOn');
  if (!start.ok) return { status: 'unsupported', reason: start.error };
  const from = civilDateOf(start.n);
  const date = addMonthsClamped(from, interviewUpdateRule.permanentHelpEveryMonths);
  if (Number(date.slice(0, 4)) > calendarYears.to) return { status: 'unsupported', reason: { code: 'outside_calendar_years', field: 'result', year: Number(date.slice(0, 4)), ...calendarYears } };
  return {
    status: 'decided',
    deadline: {
      rule: 'ups.interviewUpdate',
      basis: [interviewUpdateRule.basis],
      from,
      count: { value: interviewUpdateRule.permanentHelpEveryMonths, unit: 'months' },
      date,
      nominalEnd: date,
      daysOff: [],
      source: sourceWords,
      sourceId: 'ups',
      confidence: interviewUpdateRule.confidence,
      notes: ['monthsReadAsCalendarMonths'],
    },
  };
}
