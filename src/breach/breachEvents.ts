import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Id } from '../case/id.js';
import { eventSchemaFor } from '../process/eventSchema.js';
import { BreachAssessmentInput } from './breachInput.js';
import { Measure } from './measure.js';

const event = eventSchemaFor('procedureId');

/**
 * Who may decide: the head of the centre, or a person the head authorised (with the authorisation's
 * reference, „upoważnienie”).
 *
 * @example
 * ```ts
 * import { Authorisation } from 'praca-socjalna';
 * Authorisation.parse({ kind: 'authorisedPerson', reference: 'upoważnienie nr 12/2025 z 2025-01-02' });
 * ```
 * @category Breach
 */
export const Authorisation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('head') }),
  z.strictObject({ kind: z.literal('authorisedPerson'), reference: z.string().min(1) }),
]);
/** An authorisation to decide; see {@link Authorisation}. */
export type Authorisation = z.infer<typeof Authorisation>;

const schemas = [
  // The report holds the facts of the assessment that do not change during the procedure.
  event(
    'reported',
    BreachAssessmentInput.pick({
      ground: true, occurredOn: true, description: true, evidence: true, clientId: true,
      household: true, clientFacts: true, situation: true, contractPeriods: true,
    }).extend({ caseId: Id }),
  ),
  event('explanationRequested', z.strictObject({ deadline: CivilDate })),
  event('explanationReceived', z.strictObject({ text: z.string().min(1) })),
  event('explanationDeadlinePassed', z.strictObject({})),
  event('assessed', z.strictObject({ justified: z.boolean(), reasoning: z.string().min(1) })),
  event('measureProposed', z.strictObject({ measure: Measure, reasoning: z.string().min(1) })),
  event('decisionRecorded', z.strictObject({
    measure: Measure,
    justification: z.string(),
    authorisation: Authorisation,
    dependantsConsidered: z.array(z.strictObject({ personId: Id, note: z.string().min(1) })),
  })),
  event('dropped', z.strictObject({ reason: z.string().min(1) })),
] as const;

/**
 * An event of the art. 11 procedure: reported (with evidence) → the client asked to explain (the right to
 * be heard) → explained or no answer → assessed (justified or not) → a measure proposed → a decision
 * recorded by an authorised person with a written justification; or dropped.
 *
 * @example
 * ```ts
 * import { BreachEvent } from 'praca-socjalna';
 * BreachEvent.parse({
 *   schemaVersion: 1, id: 'b-2', procedureId: 'b-1', date: '2025-03-01', type: 'explanationRequested',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: { deadline: '2025-03-08' },
 * });
 * ```
 * @category Breach
 */
export const BreachEvent = z.discriminatedUnion('type', schemas);
/** An event of the art. 11 procedure; see {@link BreachEvent}. */
export type BreachEvent = z.infer<typeof BreachEvent>;
/**
 * The type of a {@link BreachEvent}.
 *
 * @example
 * ```ts
 * import { type BreachEventType } from 'praca-socjalna';
 * const t: BreachEventType = 'decisionRecorded';
 * ```
 * @category Breach
 */
export type BreachEventType = BreachEvent['type'];
/**
 * All art. 11 procedure event types.
 *
 * @example
 * ```ts
 * import { breachEventTypes } from 'praca-socjalna';
 * breachEventTypes[0]; //=> 'reported'
 * ```
 * @category Breach
 */
export const breachEventTypes: readonly BreachEventType[] = schemas.map((s) => s.shape.type.value);
