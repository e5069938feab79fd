import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from '../case/actor.js';
import { Id } from '../case/id.js';
import { breachPayloads } from './breachEvents.js';
import { Hearing } from './breachInput.js';
import { Measure } from './measure.js';

/**
 * The stage of an art. 11 procedure.
 *
 * @example
 * ```ts
 * import { BreachStage } from 'praca-socjalna';
 * BreachStage.parse('explanationRequested');
 * ```
 * @category Breach
 */
export const BreachStage = z.enum(['reported', 'explanationRequested', 'explained', 'noAnswer', 'assessed', 'measureProposed', 'decided', 'dropped']);
/** A stage of the art. 11 procedure; see {@link BreachStage}. */
export type BreachStage = z.infer<typeof BreachStage>;

/**
 * An art. 11 procedure of a case, as its events in the case stream established it. It lives in the case
 * state (`CaseState.procedures`).
 *
 * @remarks The decision names the authorisation it was taken under (`null` for the head of the centre):
 * the one recorded in the stream and valid on the decision's date.
 * @example
 * ```ts
 * import { BreachProcedure } from 'praca-socjalna';
 * BreachProcedure.safeParse({}).success; //=> false
 * ```
 * @category Breach
 */
export const BreachProcedure = z.strictObject({
  procedureId: Id.describe('The id of the procedure, unique in the case; its events name it.'),
  stage: BreachStage.describe('The stage the procedure has reached (etap).'),
  reportedOn: CivilDate.describe('The day of the report (data zgłoszenia): the date of the `breachReported` event.'),
  reportedBy: Actor.describe('The staff member who reported it (osoba zgłaszająca).'),
  report: breachPayloads.breachReported
    .omit({ procedureId: true })
    .describe('What was reported (zgłoszenie): the art. 11 u.p.s. ground, the circumstance, the evidence, the client and the benefit situation.'),
  hearing: Hearing.describe('Where the client\'s right to be heard stands (wysłuchanie klienta).'),
  finding: z
    .strictObject({
      justified: z.boolean().describe('Whether the client had a justified reason (uzasadniony powód): it removes the ground, and no measure follows.'),
      reasoning: z.string().describe('The worker\'s reasoning (uzasadnienie oceny).'),
      date: CivilDate.describe('The day of the assessment.'),
    })
    .nullable()
    .describe('The worker\'s assessment of the circumstance (ustalenie); null until assessed.'),
  proposal: z
    .strictObject({
      measure: Measure.describe('The art. 11 u.p.s. measure proposed (środek).'),
      reasoning: z.string().describe('Why this measure (uzasadnienie propozycji).'),
      date: CivilDate.describe('The day of the proposal.'),
    })
    .nullable()
    .describe('The measure proposed (propozycja środka); null until one is proposed.'),
  decision: z
    .strictObject({
      measure: Measure.describe('The art. 11 u.p.s. measure decided (środek).'),
      justification: z.string().describe('The written justification of the decision (uzasadnienie).'),
      authorisationId: Id.nullable().describe('The authorisation (upoważnienie) recorded in the stream and valid on the decision\'s date that it was taken under, by id; null for the head of the centre (kierownik ośrodka).'),
      by: Actor.describe('Who decided (osoba podejmująca): the head of the centre or an authorised person.'),
      date: CivilDate.describe('The day of the decision.'),
      dependantsConsidered: z
        .array(
          z.strictObject({
            personId: Id.describe('The household member, by person id.'),
            note: z.string().describe('How the person\'s situation was taken into account.'),
          }),
        )
        .describe('The situation of the persons the client maintains (osoby pozostające na utrzymaniu, art. 11 ust. 3 u.p.s.), each with a note.'),
    })
    .nullable()
    .describe('The decision (decyzja); null until decided.'),
  dropped: z
    .strictObject({
      reason: z.string().describe('Why the procedure was dropped (przyczyna umorzenia).'),
      date: CivilDate.describe('The day it was dropped.'),
    })
    .nullable()
    .describe('The procedure dropped (umorzenie postępowania); null unless dropped.'),
});
/** An art. 11 procedure; see {@link BreachProcedure}. */
export type BreachProcedure = z.infer<typeof BreachProcedure>;
