import type { CivilDate } from './civilDate.js';
import type { Confidence } from './confidence.js';
import { civilDateOf } from './dayNumber.js';
import type { DeadlineResult } from './deadline.js';
import type { LegalBasis } from './legalBasis.js';
import { type SourceId, type SourceRef, sourceText } from './sources.js';
import { type HolidayCalendar, addWorkingDays, supportedDay } from './workingDays.js';

/**
 * The regulation of 8 April 2021 on the family community interview (rozporządzenie MRiPS w sprawie
 * rodzinnego wywiadu środowiskowego, Dz.U. 2021 poz. 893, in force 2021-11-11): its deadlines.
 *
 * @remarks § 3 ust. 2: 14 working days „od dnia powzięcia wiadomości o konieczności jego
 * przeprowadzenia”; § 3 ust. 3: in urgent cases „niezwłocznie, nie później niż w terminie 2 dni roboczych”
 * (V, REFERENCE.md §6.4, parameters.json `communityInterview`). Before 2021-11-11 the regulation of
 * 8 June 2012 (Dz.U. 2012 poz. 712) applied (S, REFERENCE.md §0.0 item 11); its deadlines are not in the
 * reference, so the SDK answers `rule_not_verified` for them.
 * @example
 * ```ts
 * import { rws2021 } from 'praca-socjalna';
 * rws2021.interviewWorkingDays.ordinary; //=> 14
 * ```
 * @category Deadlines
 */
export const rws2021 = {
  inForceFrom: '2021-11-11' as CivilDate,
  interviewWorkingDays: { ordinary: 14, urgent: 2 },
  basis: {
    ordinary: { act: 'rozpRws2021', section: '3', paragraph: '2' } as LegalBasis,
    urgent: { act: 'rozpRws2021', section: '3', paragraph: '3' } as LegalBasis,
  },
  source: { id: 'rws2021', remark: ', § 3 ust. 2–3' } as SourceRef,
  confidence: 'V' as Confidence,
  before: { act: 'rws2012' as SourceId, confidence: 'S' as Confidence },
} as const;
const sourceWords = sourceText(rws2021.source);
const beforeWords = sourceText(rws2021.before.act);

/**
 * The last day of a family community interview (rodzinny wywiad środowiskowy): 14 working days after the
 * centre learnt it was needed, or 2 in an urgent case (§ 3 ust. 2–3 of the 2021 regulation).
 *
 * @remarks Working days are Monday to Friday except the statutory holidays, and except the centre's own
 * days off when a {@link HolidayCalendar} is passed. For information received before 2021-11-11 the answer
 * is `rule_not_verified`. Trusted input; from JavaScript any value gives a result, never a throw.
 * @example
 * ```ts
 * import { interviewDeadlineOn } from 'praca-socjalna';
 * const r = interviewDeadlineOn({ informationReceivedOn: '2025-04-14', urgent: false });
 * r.status === 'decided' && r.deadline.date; //=> '2025-05-06'
 * ```
 * @category Deadlines
 */
export function interviewDeadlineOn(input: { readonly informationReceivedOn: CivilDate | string; readonly urgent: boolean; readonly calendar?: HolidayCalendar | undefined }): DeadlineResult {
  const start = supportedDay(input?.informationReceivedOn, 'informationReceivedOn');
  if (!start.ok) return { status: 'unsupported', reason: start.error };
  const urgent = input.urgent === true;
  const from = civilDateOf(start.n);
  const rule = urgent ? 'rws.interviewUrgent' : 'rws.interview';
  if (from < rws2021.inForceFrom) {
    return {
      status: 'unsupported',
      reason: { code: 'rule_not_verified', field: 'informationReceivedOn', rule, date: from, inForceFrom: rws2021.inForceFrom, before: beforeWords, beforeSourceId: rws2021.before.act, confidence: rws2021.before.confidence },
    };
  }
  const days = urgent ? rws2021.interviewWorkingDays.urgent : rws2021.interviewWorkingDays.ordinary;
  const end = addWorkingDays(from, days, input.calendar);
  if (!end.ok) return { status: 'unsupported', reason: end.error };
  return {
    status: 'decided',
    deadline: {
      rule,
      basis: [urgent ? rws2021.basis.urgent : rws2021.basis.ordinary],
      from,
      count: { value: days, unit: 'workingDays' },
      date: end.value.date,
      nominalEnd: end.value.date,
      daysOff: end.value.skipped,
      source: sourceWords,
      sourceId: 'rws2021',
      confidence: rws2021.confidence,
      notes: [],
    },
  };
}
