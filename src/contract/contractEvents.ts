import * as z from 'zod';
import { Id } from '../case/id.js';
import { ContractContent, ContractParties } from './contractContent.js';
import { ShelterDrafting, TerminationReason } from './contractRules.js';
import { PlanKind } from './planKind.js';

const text = z.string().min(1).max(10_000);

/**
 * The payloads of the contract events of a case stream, by event type. Every one names its contract.
 *
 * @remarks `contractDrafted` opens a contract (kontrakt socjalny A/B, IPWzB, family work plan);
 * `contractSigned` is one party's signature (the last one brings it into force, or to the head's
 * approval for an IPWzB, art. 49); `contractAnnexed` is an annex (aneks) signed by every client party.
 * @example
 * ```ts
 * import { contractPayloads } from 'praca-socjalna';
 * contractPayloads.contractSigned.parse({ contractId: 'k-1', party: 'worker' });
 * ```
 * @category Contract
 */
export const contractPayloads = {
  contractDrafted: z.strictObject({
    contractId: Id,
    kind: PlanKind,
    variant: z.enum(['A', 'B']).nullable(),
    parties: ContractParties,
    content: ContractContent,
    /** An IPWzB drawn up in a shelter by its social worker (art. 49): the shelter, and whether the programme goes beyond its means. */
    shelter: ShelterDrafting.nullable(),
  }),
  contractDraftRevised: z.strictObject({ contractId: Id, content: ContractContent }),
  contractSigned: z.discriminatedUnion('party', [
    z.strictObject({ contractId: Id, party: z.literal('client'), personId: Id }),
    z.strictObject({ contractId: Id, party: z.literal('worker') }),
  ]),
  contractApproved: z.strictObject({ contractId: Id, note: text.nullable() }),
  contractRefused: z.strictObject({ contractId: Id, reason: text.nullable() }),
  contractReviewed: z.strictObject({ contractId: Id, summary: text }),
  contractAnnexed: z.strictObject({ contractId: Id, content: ContractContent, reason: text, signedByClientIds: z.array(Id).min(1).max(50) }),
  contractCompleted: z.strictObject({ contractId: Id, finalEvaluation: text }),
  contractTerminated: z.strictObject({ contractId: Id, reason: TerminationReason, note: text, finalEvaluation: text.nullable() }),
  contractExpired: z.strictObject({ contractId: Id, finalEvaluation: text.nullable() }),
} as const;
