import type { Role } from '../case/actor.js';
import type { PlanKind } from '../process/events.js';
import type { ContractEventType, ShelterDrafting } from './contractEvents.js';
import type { ContractStatus } from './contractState.js';

/**
 * The contract lifecycle as data: for each status, the events allowed and the status each leads to.
 *
 * @remarks `signed` leads to `signed` only with the last party's signature: the contract stays a draft
 * until every party has signed, and goes straight to `inForce` when no approval is required.
 * @example
 * ```ts
 * import { contractTable } from 'praca-socjalna';
 * contractTable.inForce.amended; //=> 'inForce'
 * ```
 * @category Contract
 */
export const contractTable = {
  draft: { draftRevised: 'draft', signed: 'signed', refused: 'refused' },
  signed: { approved: 'inForce', terminated: 'terminated' },
  inForce: { reviewed: 'inForce', amended: 'inForce', completed: 'completed', terminated: 'terminated', expired: 'expired' },
  completed: {},
  terminated: {},
  expired: {},
  refused: {},
} as const satisfies Record<ContractStatus, Partial<Record<ContractEventType, ContractStatus>>>;

/**
 * Who records each contract event. `partyWorker`: only the worker who is the contract's party (or the
 * head of the centre, where listed).
 *
 * @example
 * ```ts
 * import { contractPermissions } from 'praca-socjalna';
 * contractPermissions.approved.roles; //=> ['head']
 * ```
 * @category Contract
 */
export const contractPermissions = {
  drafted: { roles: ['socialWorker', 'assistant'], partyWorker: true },
  draftRevised: { roles: ['socialWorker', 'assistant', 'head'], partyWorker: true },
  signed: { roles: ['socialWorker', 'assistant'], partyWorker: true },
  approved: { roles: ['head'], partyWorker: false },
  refused: { roles: ['socialWorker', 'assistant'], partyWorker: true },
  reviewed: { roles: ['socialWorker', 'assistant', 'head'], partyWorker: false },
  amended: { roles: ['socialWorker', 'assistant', 'head'], partyWorker: true },
  completed: { roles: ['socialWorker', 'assistant', 'head'], partyWorker: true },
  terminated: { roles: ['socialWorker', 'assistant', 'head'], partyWorker: true },
  expired: { roles: ['socialWorker', 'assistant', 'head'], partyWorker: true },
} as const satisfies Record<ContractEventType, { readonly roles: readonly Role[]; readonly partyWorker: boolean }>;

/**
 * What each kind of plan requires: who draws it up, whether the head approves it, its basis.
 *
 * @remarks IPWzB: drawn up by the social worker with the homeless person and approved by the head of the
 * centre before it is in force (art. 49 u.p.s.). Family work plan: drawn up by the family assistant with
 * the family (Act of 9 June 2011). Social contract: the social worker and the person or family (art. 108).
 * @example
 * ```ts
 * import { planKindRules } from 'praca-socjalna';
 * planKindRules.homelessnessExitProgramme.approvalRequired; //=> true
 * ```
 * @category Contract
 */
export const planKindRules = {
  socialContract: { worker: 'socialWorker', approvalRequired: false, basis: { act: 'ups', article: '108' } },
  homelessnessExitProgramme: { worker: 'socialWorker', approvalRequired: true, basis: { act: 'ups', article: '49' } },
  familyWorkPlan: { worker: 'assistant', approvalRequired: false, basis: { act: 'uwr' } },
} as const satisfies Record<PlanKind, { readonly worker: Role; readonly approvalRequired: boolean; readonly basis: { readonly act: 'ups' | 'uwr'; readonly article?: string } }>;

/**
 * Whether a contract needs the approval of the head of the centre before it is in force: an IPWzB does
 * (art. 49), unless a shelter drew it up within its own means.
 *
 * @example
 * ```ts
 * import { approvalRequired } from 'praca-socjalna';
 * approvalRequired({ kind: 'homelessnessExitProgramme', shelter: null }); //=> true
 * approvalRequired({ kind: 'homelessnessExitProgramme', shelter: { shelter: 'Schronisko', beyondShelterMeans: false } }); //=> false
 * ```
 * @category Contract
 */
export function approvalRequired(contract: { readonly kind: PlanKind; readonly shelter: ShelterDrafting | null }): boolean {
  return planKindRules[contract.kind].approvalRequired && (contract.shelter === null || contract.shelter.beyondShelterMeans);
}
