import * as z from 'zod';
import { type Result, fail, ok } from '../_lib/result.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { CivilDate } from '../law/civilDate.js';
import type { DeadlineResult } from '../law/deadline.js';
import type { LegalBasis } from '../law/legalBasis.js';
import { interviewDeadlineOn } from '../law/rws2021.js';
import { interviewUpdateRule, periodicInterviewUpdateDue } from '../law/upsInterviewUpdate.js';
import { HolidayCalendar } from '../law/workingDays.js';

/**
 * What {@link interviewDeadline} reads: the day the centre learnt an interview was needed, whether the case
 * is urgent, and optionally the centre's own days off.
 *
 * @remarks Polish: termin przeprowadzenia rodzinnego wywiadu środowiskowego.
 * @example
 * ```ts
 * import { InterviewDeadlineRequest } from 'praca-socjalna';
 * InterviewDeadlineRequest.parse({ informationReceivedOn: '2025-04-14', urgent: false });
 * ```
 * @category Interview
 */
export const InterviewDeadlineRequest = z.strictObject({
  informationReceivedOn: CivilDate.describe('The day the centre learnt the interview was needed (dzień powzięcia wiadomości, § 3 ust. 2 of the 2021 regulation).'),
  urgent: z.boolean().describe('Whether the case is urgent (przypadek niecierpiący zwłoki, § 3 ust. 3 of the 2021 regulation): 2 working days instead of 14.'),
  calendar: HolidayCalendar.optional().describe("The centre's own days off, added to the statutory public holidays."),
});
/** What {@link interviewDeadline} reads; see {@link InterviewDeadlineRequest}. */
export type InterviewDeadlineRequest = z.input<typeof InterviewDeadlineRequest>;

/**
 * The deadline of a family community interview (rodzinny wywiad środowiskowy), validated: 14 working days
 * from the day the centre learnt it was needed, or 2 in urgent cases (§ 3 ust. 2–3 of the regulation of
 * 8 April 2021, Dz.U. 2021 poz. 893, in force since 2021-11-11).
 *
 * @remarks The statutory public holidays are the SDK's own; `calendar` only adds the centre's days off.
 * Before 2021-11-11 the answer is `unsupported` (`rule_not_verified`). Bad input gives issues naming the
 * field, never a throw. Render the answer with `explainDeadline`.
 * @see {@link InterviewDeadlineRequest} for the shape of `input` (JSON Schema `praca-socjalna/schemas/InterviewDeadlineRequest.json`).
 * @example
 * ```ts
 * import { interviewDeadline } from 'praca-socjalna';
 * const r = interviewDeadline({ informationReceivedOn: '2025-04-14', urgent: false });
 * if (r.ok && r.value.status === 'decided') r.value.deadline.date; //=> '2025-05-06'
 * ```
 * @category Interview
 */
export function interviewDeadline(input: unknown): Result<DeadlineResult, readonly Issue[]> {
  const parsed = parseWith(InterviewDeadlineRequest, input);
  if (!parsed.ok) return fail(parsed.error);
  return ok(interviewDeadlineOn(parsed.value));
}

/**
 * One reason the interview must be updated (art. 107 ust. 4 u.p.s.): a new application or changed data
 * (due from that day; the act sets no further time), or the 6-month update for a person on permanent help.
 *
 * @example
 * ```ts
 * import { type InterviewUpdateTrigger } from 'praca-socjalna';
 * declare const t: InterviewUpdateTrigger;
 * t.reason; //=> 'reapplication' | 'dataChanged' | 'periodic'
 * ```
 * @category Interview
 */
export type InterviewUpdateTrigger =
  | { readonly reason: 'reapplication' | 'dataChanged'; readonly dueFrom: CivilDate; readonly basis: LegalBasis }
  | { readonly reason: 'periodic'; readonly deadline: DeadlineResult };

/**
 * When an interview must be updated: every trigger after the last interview, and the earliest day one is
 * due (`null` when none applies).
 *
 * @example
 * ```ts
 * import { type InterviewUpdateDue } from 'praca-socjalna';
 * declare const u: InterviewUpdateDue;
 * u.earliest; // a CivilDate or null
 * ```
 * @category Interview
 */
export interface InterviewUpdateDue {
  readonly triggers: readonly InterviewUpdateTrigger[];
  readonly earliest: CivilDate | null;
}

/**
 * What {@link interviewUpdateDue} reads: the day of the last interview, whether the person is on permanent
 * help, and the days of a new application or of changed data, if any.
 *
 * @remarks Polish: aktualizacja rodzinnego wywiadu środowiskowego (art. 107 ust. 4 u.p.s.).
 * @example
 * ```ts
 * import { InterviewUpdateRequest } from 'praca-socjalna';
 * InterviewUpdateRequest.parse({ lastInterviewOn: '2025-03-31', permanentHelp: true });
 * ```
 * @category Interview
 */
export const InterviewUpdateRequest = z.strictObject({
  lastInterviewOn: CivilDate.describe('The day of the last interview.'),
  permanentHelp: z.boolean().describe('Whether the person is on permanent forms of help (stałe formy pomocy): the interview is then updated at least every 6 months (art. 107 ust. 4 u.p.s.).'),
  reappliedOn: CivilDate.nullable().optional().describe('The day of a new application (ponowny wniosek), if any.'),
  dataChangedOn: CivilDate.nullable().optional().describe('The day the data of the interview changed (zmiana danych), if any.'),
});
/** What {@link interviewUpdateDue} reads; see {@link InterviewUpdateRequest}. */
export type InterviewUpdateRequest = z.input<typeof InterviewUpdateRequest>;

/**
 * When the interview must be updated (aktualizacja wywiadu, art. 107 ust. 4 u.p.s.): on a new
 * application, when the data change, and for a person on permanent help at least every 6 months.
 *
 * @remarks A new application or change on or before the last interview is taken to be covered by it.
 * Bad input (e.g. `2025-02-30`) gives issues naming the field, never a throw.
 * @see {@link InterviewUpdateRequest} for the shape of `input` (JSON Schema `praca-socjalna/schemas/InterviewUpdateRequest.json`).
 * @example
 * ```ts
 * import { interviewUpdateDue } from 'praca-socjalna';
 * const r = interviewUpdateDue({ lastInterviewOn: '2025-03-31', permanentHelp: true });
 * r.ok && r.value.earliest; //=> '2025-09-30'
 * ```
 * @category Interview
 */
export function interviewUpdateDue(input: unknown): Result<InterviewUpdateDue, readonly Issue[]> {
  const parsed = parseWith(InterviewUpdateRequest, input);
  if (!parsed.ok) return fail(parsed.error);
  const { lastInterviewOn, permanentHelp, reappliedOn, dataChangedOn } = parsed.value;
  const triggers: InterviewUpdateTrigger[] = [];
  const dates: CivilDate[] = [];
  if (reappliedOn != null && reappliedOn > lastInterviewOn) {
    triggers.push({ reason: 'reapplication', dueFrom: reappliedOn, basis: interviewUpdateRule.basis });
    dates.push(reappliedOn);
  }
  if (dataChangedOn != null && dataChangedOn > lastInterviewOn) {
    triggers.push({ reason: 'dataChanged', dueFrom: dataChangedOn, basis: interviewUpdateRule.basis });
    dates.push(dataChangedOn);
  }
  if (permanentHelp) {
    const deadline = periodicInterviewUpdateDue(lastInterviewOn);
    triggers.push({ reason: 'periodic', deadline });
    if (deadline.status === 'decided') dates.push(deadline.deadline.date);
  }
  const earliest = dates.reduce<CivilDate | null>((a, d) => (a === null || d < a ? d : a), null);
  return ok({ triggers, earliest });
}
