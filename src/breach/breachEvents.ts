import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Id } from '../case/id.js';
import { BreachAssessmentInput } from './breachInput.js';
import { BenefitSituation, Measure } from './measure.js';

const text = z.string().min(1).max(10_000);
const procedureId = Id.describe('The art. 11 procedure, by id: unique in the case, named by each of its events.');

/**
 * The payloads of the art. 11 procedure events of a case stream, by event type. Every one names its
 * procedure (`procedureId`).
 *
 * @remarks reported (with evidence) → the client asked to explain (the right to be heard) → explained or
 * no answer → assessed (justified or not) → a measure proposed → decided by the head or a person whose
 * authorisation is recorded in the stream (`authorisationGranted`), with a written justification; or
 * dropped. The household and the contracts in force are the case's: the report does not copy them.
 * @example
 * ```ts
 * import { breachPayloads } from 'praca-socjalna';
 * breachPayloads.breachExplanationRequested.parse({ procedureId: 'b-1', deadline: '2025-03-08' });
 * ```
 * @category Breach
 */
export const breachPayloads = {
  breachReported: BreachAssessmentInput.pick({
    ground: true, occurredOn: true, description: true, evidence: true, clientId: true, clientFacts: true, situation: true,
  }).extend({
    procedureId: Id.describe('The id of the new art. 11 procedure, unique in the case; its later events name it.'),
    circumstanceEventId: Id.nullable().describe('The `breachCircumstanceNoted` event of the stream the report follows, by event id; null when there is none.'),
    situation: BenefitSituation.describe("The client's benefit situation on the day of the report: it decides which measures are possible."),
  }),
  breachExplanationRequested: z.strictObject({
    procedureId,
    deadline: CivilDate.describe('The last day for the client to explain (termin na złożenie wyjaśnień), not before the event\'s date.'),
  }),
  breachExplanationReceived: z.strictObject({ procedureId, text: text.describe('The client\'s explanation (wyjaśnienia), as written.') }),
  breachDeadlinePassed: z.strictObject({ procedureId }),
  breachAssessed: z.strictObject({
    procedureId,
    justified: z.boolean().describe('Whether the client had a justified reason (uzasadniony powód): it removes the ground, and no measure follows.'),
    reasoning: text.describe('The worker\'s reasoning (uzasadnienie oceny).'),
  }),
  breachMeasureProposed: z.strictObject({
    procedureId,
    measure: Measure.describe('The art. 11 u.p.s. measure proposed (środek); only one the benefit situation makes possible.'),
    reasoning: text.describe('Why this measure (uzasadnienie propozycji).'),
  }),
  breachDecided: z.strictObject({
    procedureId,
    measure: Measure.describe('The art. 11 u.p.s. measure decided (środek); only one the benefit situation makes possible.'),
    justification: z.string().max(10_000).describe('The written justification of the decision (uzasadnienie); required, not blank.'),
    dependantsConsidered: z
      .array(
        z.strictObject({
          personId: Id.describe('The household member, by person id.'),
          note: text.describe('How the person\'s situation was taken into account.'),
        }),
      )
      .max(50)
      .describe('The situation of the persons the client maintains (osoby pozostające na utrzymaniu, art. 11 ust. 3 u.p.s.): every other household member, each with a note.'),
  }),
  breachDropped: z.strictObject({ procedureId, reason: text.describe('Why the procedure is dropped (przyczyna umorzenia).') }),
} as const;
