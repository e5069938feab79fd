import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from '../case/actor.js';
import { Id } from '../case/id.js';
import { ContractContent, ContractParties } from './contractContent.js';
import { ShelterDrafting, TerminationReason } from './contractRules.js';
import { PlanKind } from './planKind.js';

/**
 * The status of a contract.
 *
 * @remarks draft → signed (by every party; waiting for the head's approval where art. 49 needs it) →
 * inForce → completed | terminated | expired; or refused (an art. 11 ust. 2 circumstance). An annex keeps
 * the contract in force and adds a version: annexes are versions, not a status.
 * @example
 * ```ts
 * import { ContractStatus } from 'praca-socjalna';
 * ContractStatus.parse('inForce');
 * ```
 * @category Contract
 */
export const ContractStatus = z.enum(['draft', 'signed', 'inForce', 'completed', 'terminated', 'expired', 'refused']);
/** A contract status; see {@link ContractStatus}. */
export type ContractStatus = z.infer<typeof ContractStatus>;

/**
 * One version of a contract's content: the original (version 1) or an annex (aneks), with when and why.
 *
 * @example
 * ```ts
 * import { type ContractVersion } from 'praca-socjalna';
 * declare const v: ContractVersion;
 * v.version;
 * ```
 * @category Contract
 */
export const ContractVersion = z.strictObject({
  version: z.int().positive().describe('The version number: 1 for the content as concluded, then one more per annex (aneks).'),
  effectiveFrom: CivilDate.describe('The first day this version applies.'),
  reason: z.string().nullable().describe('Why it was changed, or null for the first version.'),
  content: ContractContent.describe('The content of this version.'),
});
/** A contract version; see {@link ContractVersion}. */
export type ContractVersion = z.infer<typeof ContractVersion>;

/**
 * A contract of a case, as its events in the case stream established it: every version kept readable.
 * It lives in the case state (`CaseState.contracts`); the household is the case's, not copied here.
 *
 * @example
 * ```ts
 * import { ContractState } from 'praca-socjalna';
 * ContractState.safeParse({}).success; //=> false
 * ```
 * @category Contract
 */
export const ContractState = z.strictObject({
  contractId: Id.describe('The id of the contract, unique in the case.'),
  kind: PlanKind.describe('The kind of plan: social contract (kontrakt socjalny), IPWzB or family work plan.'),
  variant: z.enum(['A', 'B']).nullable().describe('The variant of the social contract form (wzór A or B), or null.'),
  status: ContractStatus.describe('Where the contract stands.'),
  parties: ContractParties.describe('Who concludes it (strony).'),
  shelter: ShelterDrafting.nullable().describe('For an IPWzB drawn up in a shelter, which one; otherwise null.'),
  draftedOn: CivilDate.describe('The day it was drafted.'),
  content: ContractContent.describe('The content in force (or the draft), after the latest annex.'),
  versions: z.array(ContractVersion).describe('Every version of the content, the first as concluded and one per annex.'),
  signatures: z
    .array(
      z.strictObject({
        party: z.enum(['client', 'worker']).describe('A client or the worker.'),
        id: Id.describe('Who signed: the person id of a client, the staff id of the worker.'),
        date: CivilDate.describe('The day of the signature.'),
      }),
    )
    .describe('The signatures collected (podpisy).'),
  concludedOn: CivilDate.nullable().describe('The day the last signature was given (zawarcie), or null.'),
  approval: z
    .strictObject({ by: Actor.describe('The head who approved it.'), date: CivilDate.describe('The day.'), note: z.string().nullable().describe('A note, or null.') })
    .nullable()
    .describe('The approval by the head of the centre (zatwierdzenie, art. 49 u.p.s. for an IPWzB), or null.'),
  inForceFrom: CivilDate.nullable().describe('The first day it is in force, or null.'),
  reviews: z
    .array(z.strictObject({ date: CivilDate.describe('The day of the review.'), by: Actor.describe('Who reviewed it.'), summary: z.string().describe('Its summary.') }))
    .describe('The reviews of its progress (oceny realizacji).'),
  refusal: z
    .strictObject({ date: CivilDate.describe('The day of the refusal.'), reason: z.string().nullable().describe('Why, or null.'), eventId: Id.describe('The event that recorded it.') })
    .nullable()
    .describe("The client's refusal to conclude it (art. 11 ust. 2 u.p.s.), or null."),
  ending: z
    .strictObject({
      date: CivilDate.describe('The day it ended.'),
      status: z.enum(['completed', 'terminated', 'expired']).describe('Completed, terminated early or expired.'),
      reason: TerminationReason.nullable().describe('Why it was terminated, or null.'),
      note: z.string().nullable().describe('The circumstances, or null.'),
      finalEvaluation: z.string().nullable().describe('The final evaluation (ocena końcowa), or null.'),
    })
    .nullable()
    .describe('How it ended: completed, terminated or expired; null while it lasts.'),
});
/** A contract of a case; see {@link ContractState}. */
export type ContractState = z.infer<typeof ContractState>;
