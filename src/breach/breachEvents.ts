import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Id } from '../case/id.js';
import { BreachAssessmentInput } from './breachInput.js';
import { Measure } from './measure.js';

const text = z.string().min(1).max(10_000);

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
  }).extend({ procedureId: Id, circumstanceEventId: Id.nullable() }),
  breachExplanationRequested: z.strictObject({ procedureId: Id, deadline: CivilDate }),
  breachExplanationReceived: z.strictObject({ procedureId: Id, text }),
  breachDeadlinePassed: z.strictObject({ procedureId: Id }),
  breachAssessed: z.strictObject({ procedureId: Id, justified: z.boolean(), reasoning: text }),
  breachMeasureProposed: z.strictObject({ procedureId: Id, measure: Measure, reasoning: text }),
  breachDecided: z.strictObject({
    procedureId: Id,
    measure: Measure,
    justification: z.string().max(10_000),
    dependantsConsidered: z.array(z.strictObject({ personId: Id, note: text })).max(50),
  }),
  breachDropped: z.strictObject({ procedureId: Id, reason: text }),
} as const;
