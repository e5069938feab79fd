import { type Result, fail, ok } from '../_lib/result.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { type CivilDate, CivilDate as CivilDateSchema, addCivilMonths } from '../law/civilDate.js';
import type { LegalBasis } from '../law/legalBasis.js';
import type { Reason, TraceStep } from '../law/trace.js';
import { step } from '../law/trace.js';
import * as z from 'zod';
import { addWorkingDays } from './addWorkingDays.js';
import { HolidayCalendar } from './holidayCalendar.js';

const regulation: LegalBasis = { act: 'rozpRws2021', section: '3' };

/**
 * The deadline of a family community interview (rodzinny wywiad środowiskowy): 14 working days from the
 * day the centre learnt it was needed, or 2 working days in urgent cases (§ 3 ust. 2–3 of the regulation
 * of 8 April 2021, Dz.U. 2021 poz. 893, in force since 2021-11-11).
 *
 * @remarks Before 2021-11-11 other regulations applied, whose deadlines are not in the reference: the
 * answer is unsupported. Working days come from the calendar the integrator passes.
 * @example
 * ```ts
 * import { interviewDeadline } from 'praca-socjalna';
 * const r = interviewDeadline({
 *   informationReceivedOn: '2025-04-14', urgent: false,
 *   calendar: { source: 'kalendarz MOPS 2025', covers: { from: '2025-01-01', to: '2025-12-31' }, holidays: ['2025-04-21', '2025-05-01', '2025-05-03'] },
 * });
 * if (r.ok && r.value.status === 'decided') r.value.deadline; //=> '2025-05-06'
 * ```
 * @category Interview
 */
export function interviewDeadline(input: unknown): Result<
  | { readonly status: 'decided'; readonly deadline: CivilDate; readonly workingDays: number; readonly trace: TraceStep }
  | { readonly status: 'unsupported'; readonly reasons: readonly Reason[] },
  readonly Issue[]
> {
  const parsed = parseWith(z.strictObject({ informationReceivedOn: CivilDateSchema, urgent: z.boolean(), calendar: HolidayCalendar }), input);
  if (!parsed.ok) return fail(parsed.error);
  const { informationReceivedOn: from, urgent, calendar } = parsed.value;
  if (from < '2021-11-11') {
    return ok({ status: 'unsupported', reasons: [{ rule: 'rws.deadline', basis: regulation, text: {
      pl: 'Przed 2021-11-11 obowiązywały inne rozporządzenia w sprawie wywiadu, których terminów nie ma w materiale źródłowym.',
      en: 'Before 2021-11-11 other interview regulations applied, whose deadlines are not in the reference.',
    } }] });
  }
  const workingDays = urgent ? 2 : 14;
  const deadline = addWorkingDays(from, workingDays, calendar);
  if (deadline === null) {
    return ok({ status: 'unsupported', reasons: [{ rule: 'rws.calendar', basis: regulation, text: {
      pl: `Kalendarz dni wolnych (${calendar.source}) nie obejmuje całego terminu liczonego od ${from}.`,
      en: `The holiday calendar (${calendar.source}) does not cover the whole period counted from ${from}.`,
    } }] });
  }
  const trace = step({
    rule: 'rws.deadline',
    basis: { ...regulation, paragraph: urgent ? '3' : '2' },
    text: {
      pl: `Wywiad ${urgent ? 'w sprawie niecierpiącej zwłoki: niezwłocznie, nie później niż' : 'w terminie'} ${workingDays} dni roboczych od ${from} (dni wolne według: ${calendar.source}) → do ${deadline}.`,
      en: `Interview ${urgent ? 'in an urgent case: at once, and no later than' : 'within'} ${workingDays} working days from ${from} (holidays per: ${calendar.source}) → by ${deadline}.`,
    },
    inputs: { informationReceivedOn: from, urgent },
    parameters: [],
    output: deadline,
  });
  return ok({ status: 'decided', deadline, workingDays, trace });
}

/**
 * When the interview of a person on permanent help must be updated at the latest: 6 months after the
 * last one, even if nothing changed (art. 107 ust. 4 u.p.s.). An update is also due whenever the data
 * change or help is requested again.
 *
 * @example
 * ```ts
 * import { interviewUpdateDue, type CivilDate } from 'praca-socjalna';
 * interviewUpdateDue('2025-03-31' as CivilDate); //=> '2025-09-30'
 * ```
 * @category Interview
 */
export function interviewUpdateDue(lastInterview: CivilDate): CivilDate {
  return addCivilMonths(lastInterview, 6);
}
