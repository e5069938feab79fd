import * as z from 'zod';
import { Household } from '../case/household.js';
import { Id } from '../case/id.js';
import { PlanKind } from '../process/events.js';
import { eventSchemaFor } from '../process/eventSchema.js';
import { ContractContent, ContractParties } from './contractContent.js';

/**
 * Why a contract ended before it was fulfilled.
 *
 * @remarks Polish: „rozwiązanie kontraktu” — breach (art. 11 ust. 2), the client's withdrawal, changed
 * circumstances, death, moving away.
 * @example
 * ```ts
 * import { TerminationReason } from 'praca-socjalna';
 * TerminationReason.parse('movedAway');
 * ```
 * @category Contract
 */
export const TerminationReason = z.enum(['breach', 'clientWithdrawal', 'changedCircumstances', 'death', 'movedAway']);
/** A termination reason; see {@link TerminationReason}. */
export type TerminationReason = z.infer<typeof TerminationReason>;

/**
 * An IPWzB drawn up by the social worker employed in a shelter (schronisko), who then carries it out.
 *
 * @remarks Art. 49 u.p.s.: if the programme goes beyond the shelter's means (or health insurance is
 * needed), the head of the centre approves it; otherwise the shelter's programme needs no approval by
 * the centre. Without this field an IPWzB is the centre's, approved by its head.
 * @example
 * ```ts
 * import { ShelterDrafting } from 'praca-socjalna';
 * ShelterDrafting.parse({ shelter: 'Schronisko dla osób bezdomnych w Sopocie', beyondShelterMeans: true });
 * ```
 * @category Contract
 */
export const ShelterDrafting = z.strictObject({ shelter: z.string().min(1), beyondShelterMeans: z.boolean() });
/** An IPWzB drawn up in a shelter; see {@link ShelterDrafting}. */
export type ShelterDrafting = z.infer<typeof ShelterDrafting>;

const event = eventSchemaFor('contractId');

const contractEventSchemas = [
  event(
    'drafted',
    z.strictObject({
      caseId: Id,
      kind: PlanKind,
      variant: z.enum(['A', 'B']).nullable(),
      household: Household,
      parties: ContractParties,
      content: ContractContent,
      /** An IPWzB drawn up in a shelter by its social worker (art. 49): the shelter, and whether the programme goes beyond its means. */
      shelter: ShelterDrafting.optional(),
    }),
  ),
  event('draftRevised', z.strictObject({ content: ContractContent })),
  event('signed', z.discriminatedUnion('party', [
    z.strictObject({ party: z.literal('client'), personId: Id }),
    z.strictObject({ party: z.literal('worker') }),
  ])),
  event('approved', z.strictObject({ note: z.string().min(1).nullable() })),
  event('refused', z.strictObject({ reason: z.string().min(1).nullable() })),
  event('reviewed', z.strictObject({ summary: z.string().min(1) })),
  event('amended', z.strictObject({ content: ContractContent, reason: z.string().min(1), signedByClientIds: z.array(Id).min(1) })),
  event('completed', z.strictObject({ finalEvaluation: z.string().min(1) })),
  event('terminated', z.strictObject({ reason: TerminationReason, note: z.string().min(1), finalEvaluation: z.string().min(1).nullable() })),
  event('expired', z.strictObject({ finalEvaluation: z.string().min(1).nullable() })),
] as const;

/**
 * An event in the life of a contract (kontrakt socjalny, IPWzB, family work plan).
 *
 * @remarks Like the case log: plain JSON, `schemaVersion: 1`, append-only, dates never going back.
 * @example
 * ```ts
 * import { ContractEvent } from 'praca-socjalna';
 * ContractEvent.parse({
 *   schemaVersion: 1, id: 'k-e2', contractId: 'k-1', date: '2025-03-02', type: 'signed',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: { party: 'worker' },
 * });
 * ```
 * @category Contract
 */
export const ContractEvent = z.discriminatedUnion('type', contractEventSchemas);
/** A contract event; see {@link ContractEvent}. */
export type ContractEvent = z.infer<typeof ContractEvent>;
/**
 * The type of a {@link ContractEvent}.
 *
 * @example
 * ```ts
 * import { type ContractEventType } from 'praca-socjalna';
 * const t: ContractEventType = 'amended';
 * ```
 * @category Contract
 */
export type ContractEventType = ContractEvent['type'];
/**
 * The contract event of one type.
 *
 * @example
 * ```ts
 * import { type ContractEventOf } from 'praca-socjalna';
 * type Amended = ContractEventOf<'amended'>;
 * ```
 * @category Contract
 */
export type ContractEventOf<T extends ContractEventType> = Extract<ContractEvent, { type: T }>;

/**
 * All contract event types.
 *
 * @example
 * ```ts
 * import { contractEventTypes } from 'praca-socjalna';
 * contractEventTypes[0]; //=> 'drafted'
 * ```
 * @category Contract
 */
export const contractEventTypes: readonly ContractEventType[] = contractEventSchemas.map((s) => s.shape.type.value);
