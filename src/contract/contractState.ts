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
  version: z.int().positive(),
  effectiveFrom: CivilDate,
  reason: z.string().nullable(),
  content: ContractContent,
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
  contractId: Id,
  kind: PlanKind,
  variant: z.enum(['A', 'B']).nullable(),
  status: ContractStatus,
  parties: ContractParties,
  shelter: ShelterDrafting.nullable(),
  draftedOn: CivilDate,
  content: ContractContent,
  versions: z.array(ContractVersion),
  signatures: z.array(z.strictObject({ party: z.enum(['client', 'worker']), id: Id, date: CivilDate })),
  concludedOn: CivilDate.nullable(),
  approval: z.strictObject({ by: Actor, date: CivilDate, note: z.string().nullable() }).nullable(),
  inForceFrom: CivilDate.nullable(),
  reviews: z.array(z.strictObject({ date: CivilDate, by: Actor, summary: z.string() })),
  refusal: z.strictObject({ date: CivilDate, reason: z.string().nullable(), eventId: Id }).nullable(),
  ending: z
    .strictObject({
      date: CivilDate,
      status: z.enum(['completed', 'terminated', 'expired']),
      reason: TerminationReason.nullable(),
      note: z.string().nullable(),
      finalEvaluation: z.string().nullable(),
    })
    .nullable(),
});
/** A contract of a case; see {@link ContractState}. */
export type ContractState = z.infer<typeof ContractState>;
