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
    contractId: Id.describe('The id of the contract, unique in the case.'),
    kind: PlanKind.describe('The kind of plan: social contract (kontrakt socjalny, art. 108 u.p.s.), IPWzB (art. 49) or family work plan (plan pracy z rodziną).'),
    variant: z.enum(['A', 'B']).nullable().describe('The variant of the social contract form (wzór A or B), or null for other plans.'),
    parties: ContractParties.describe('Who concludes it (strony kontraktu).'),
    content: ContractContent.describe('What it says: diagnosis, goals, actions, support, period.'),
    /** An IPWzB drawn up in a shelter by its social worker (art. 49): the shelter, and whether the programme goes beyond its means. */
    shelter: ShelterDrafting.nullable().describe('For an IPWzB drawn up in a shelter (schronisko), which one; otherwise null.'),
  }),
  contractDraftRevised: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    content: ContractContent.describe('The revised content of the draft (projekt).'),
  }),
  contractSigned: z.discriminatedUnion('party', [
    z.strictObject({
      contractId: Id.describe('The contract, by id.'),
      party: z.literal('client').describe('A client signs (podpis klienta).'),
      personId: Id.describe('The client who signs, by person id.'),
    }),
    z.strictObject({
      contractId: Id.describe('The contract, by id.'),
      party: z.literal('worker').describe('The social worker signs for the centre (podpis pracownika socjalnego).'),
    }),
  ]),
  contractApproved: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    note: text.nullable().describe('A note of the head approving it (zatwierdzenie, art. 49 u.p.s. for an IPWzB), or null.'),
  }),
  contractRefused: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    reason: text.nullable().describe('Why the client refused to conclude it (odmowa zawarcia kontraktu, art. 11 ust. 2 u.p.s.), or null.'),
  }),
  contractReviewed: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    summary: text.describe('The summary of the review (ocena realizacji kontraktu).'),
  }),
  contractAnnexed: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    content: ContractContent.describe('The content as the annex (aneks) makes it.'),
    reason: text.describe('Why the contract is changed.'),
    signedByClientIds: z.array(Id).min(1).max(50).describe('The clients who signed the annex, by person id.'),
  }),
  contractCompleted: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    finalEvaluation: text.describe('The final evaluation (ocena końcowa).'),
  }),
  contractTerminated: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    reason: TerminationReason.describe('Why it ends early (przyczyna rozwiązania).'),
    note: text.describe('The circumstances of the termination.'),
    finalEvaluation: text.nullable().describe('The final evaluation (ocena końcowa), or null.'),
  }),
  contractExpired: z.strictObject({
    contractId: Id.describe('The contract, by id.'),
    finalEvaluation: text.nullable().describe('The final evaluation (ocena końcowa), or null.'),
  }),
} as const;
