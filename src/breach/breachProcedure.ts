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
  procedureId: Id,
  stage: BreachStage,
  reportedOn: CivilDate,
  reportedBy: Actor,
  report: breachPayloads.breachReported.omit({ procedureId: true }),
  hearing: Hearing,
  finding: z.strictObject({ justified: z.boolean(), reasoning: z.string(), date: CivilDate }).nullable(),
  proposal: z.strictObject({ measure: Measure, reasoning: z.string(), date: CivilDate }).nullable(),
  decision: z
    .strictObject({
      measure: Measure,
      justification: z.string(),
      authorisationId: Id.nullable(),
      by: Actor,
      date: CivilDate,
      dependantsConsidered: z.array(z.strictObject({ personId: Id, note: z.string() })),
    })
    .nullable(),
  dropped: z.strictObject({ reason: z.string(), date: CivilDate }).nullable(),
});
/** An art. 11 procedure; see {@link BreachProcedure}. */
export type BreachProcedure = z.infer<typeof BreachProcedure>;
