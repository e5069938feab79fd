import * as z from 'zod';
import type { Role } from '../case/actor.js';
import type { PlanKind } from './planKind.js';

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
export const ShelterDrafting = z.strictObject({
  shelter: z.string().min(1).max(500).describe('The shelter (schronisko) whose social worker drew it up.'),
  beyondShelterMeans: z.boolean().describe("Whether the programme goes beyond the shelter's means, so that the head of the centre approves it (art. 49 u.p.s.)."),
});
/** An IPWzB drawn up in a shelter; see {@link ShelterDrafting}. */
export type ShelterDrafting = z.infer<typeof ShelterDrafting>;

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
