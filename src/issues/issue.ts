import type { CivilDate } from '../law/civilDate.js';
import type { LegalBasis } from '../law/legalBasis.js';

/**
 * Where in the input an issue was found, as zod writes it: `['payload', 'action', 'deadline']`.
 *
 * @example
 * ```ts
 * import { type IssuePath } from 'praca-socjalna';
 * const p: IssuePath = ['payload', 'actions', 0];
 * ```
 * @category Issues
 */
export type IssuePath = readonly (string | number)[];

/**
 * What every {@link Issue} has: its `code`, the `path` into the input, and an optional legal `basis`.
 *
 * @example
 * ```ts
 * import { type IssueBase } from 'praca-socjalna';
 * const b: IssueBase<'case_closed'> = { code: 'case_closed', path: [] };
 * ```
 * @category Issues
 */
export interface IssueBase<C extends string> {
  readonly code: C;
  readonly path: IssuePath;
  readonly basis?: LegalBasis | undefined;
}

/**
 * A typed error: bad input, or a step the method or the law does not allow. Stable `code`, a `path`
 * into the input, parameters by code, and an optional legal `basis`. Messages are not stored: render
 * them with {@link formatIssue} in Polish or English.
 *
 * @remarks Follows zod's `$ZodIssue` pattern. Codes are snake_case and documented in docs/issues.md.
 * @example
 * ```ts
 * import { formatIssue, type Issue } from 'praca-socjalna';
 * const issue: Issue = { code: 'case_closed', path: ['type'] };
 * formatIssue(issue, 'en'); //=> 'The case is closed: nothing can be added after closure.'
 * ```
 * @category Issues
 */
export type Issue =
  | (IssueBase<'invalid_input'> & { readonly zodCode: string; readonly detail: { readonly pl: string; readonly en: string } })
  | (IssueBase<'empty_log'>)
  | (IssueBase<'case_not_opened'> & { readonly eventType: string })
  | (IssueBase<'case_already_opened'>)
  | (IssueBase<'case_mismatch'> & { readonly expected: string; readonly actual: string })
  | (IssueBase<'case_closed'>)
  | (IssueBase<'transition_not_allowed'> & { readonly stage: string; readonly eventType: string; readonly allowed: readonly string[] })
  | (IssueBase<'role_not_allowed'> & { readonly role: string; readonly eventType: string; readonly allowed: readonly string[] })
  | (IssueBase<'not_case_owner'> & { readonly actorId: string; readonly ownerId: string })
  | (IssueBase<'date_before_last_event'> & { readonly date: CivilDate; readonly lastEventDate: CivilDate })
  | (IssueBase<'date_before_birth'> & { readonly date: CivilDate; readonly birthDate: CivilDate })
  | (IssueBase<'duplicate_id'> & { readonly id: string; readonly collection: string })
  | (IssueBase<'unknown_reference'> & { readonly id: string; readonly collection: string })
  | (IssueBase<'no_problem_diagnosed'>)
  | (IssueBase<'no_main_goal'>)
  | (IssueBase<'no_ready_action'>)
  | (IssueBase<'deadline_before_date'> & { readonly date: CivilDate; readonly deadline: CivilDate })
  | (IssueBase<'contract_not_refused'>)
  | (IssueBase<'signature_mismatch'> & { readonly expected: string; readonly actual: string })
  | (IssueBase<'pesel_invalid_checksum'>)
  | (IssueBase<'pesel_birth_date_mismatch'> & { readonly peselBirthDate: string; readonly birthDate: string })
  | (IssueBase<'household_applicant_count'> & { readonly count: number })
  | (IssueBase<'household_single_size'> & { readonly count: number })
  | (IssueBase<'household_family_size'> & { readonly count: number })
  | (IssueBase<'other_ground_needs_justification'>)
  | (IssueBase<'variant_invalid'> & { readonly kind: string; readonly variant: string | null })
  | (IssueBase<'action_not_ready'> & { readonly actionId: string })
  | (IssueBase<'action_outside_period'> & { readonly actionId: string; readonly deadline: CivilDate; readonly from: CivilDate; readonly to: CivilDate })
  | (IssueBase<'not_contract_worker'> & { readonly actorId: string; readonly workerId: string })
  | (IssueBase<'worker_role_for_kind'> & { readonly kind: string; readonly expected: string })
  | (IssueBase<'signer_not_party'> & { readonly id: string })
  | (IssueBase<'already_signed'> & { readonly id: string })
  | (IssueBase<'approval_not_required'> & { readonly kind: string })
  | (IssueBase<'annex_not_signed_by_all'> & { readonly missing: readonly string[] })
  | (IssueBase<'amendment_after_end'> & { readonly date: CivilDate; readonly end: CivilDate })
  | (IssueBase<'period_not_ended'> & { readonly date: CivilDate; readonly end: CivilDate })
  | (IssueBase<'hearing_required'>)
  | (IssueBase<'justification_required'>)
  | (IssueBase<'authorisation_required'>)
  | (IssueBase<'measure_not_available'> & { readonly measure: string })
  | (IssueBase<'justified_breach_no_measure'>)
  | (IssueBase<'ground_not_for_date'> & { readonly ground: string; readonly date: CivilDate })
  | (IssueBase<'dependants_not_considered'> & { readonly missing: readonly string[] })
  // the machine kernel and the case stream: every refusal names its machine
  | (IssueBase<'step_not_allowed'> & { readonly machine: string; readonly state: string; readonly eventType: string; readonly allowed: readonly string[] })
  | (IssueBase<'step_condition_not_met'> & { readonly machine: string; readonly state: string; readonly eventType: string; readonly conditions: readonly string[] })
  | (IssueBase<'role_not_permitted'> & { readonly machine: string; readonly eventType: string; readonly role: string; readonly allowed: readonly string[] })
  | (IssueBase<'scope_not_met'> & { readonly machine: string; readonly eventType: string; readonly role: string; readonly scope: string })
  | (IssueBase<'event_id_reused'>)
  | (IssueBase<'stream_not_a_list'>)
  | (IssueBase<'unknown_item'> & { readonly machine: string; readonly collection: string })
  | (IssueBase<'item_exists'> & { readonly machine: string; readonly collection: string })
  | (IssueBase<'upcast_failed'> & { readonly eventType: string })
  | (IssueBase<'as_of_before_application'> & { readonly asOf: CivilDate; readonly applicationDate: CivilDate })
  | (IssueBase<'income_after_application'> & { readonly month: string; readonly applicationDate: CivilDate })
  | (IssueBase<'invalid_date'> & { readonly field: string })
  | (IssueBase<'invalid_amount'> & { readonly field: string; readonly max: number })
  | (IssueBase<'dates_not_in_one_month'> & { readonly from: CivilDate; readonly to: CivilDate })
  | (IssueBase<'dates_reversed'> & { readonly from: CivilDate; readonly to: CivilDate })
  // practice: referrals and consent, groups, benefit decisions, art. 39a, the benefits bridge
  | (IssueBase<'consent_not_recorded'>)
  | (IssueBase<'consent_withdrawn'> & { readonly withdrawnOn: CivilDate })
  | (IssueBase<'consent_other_person'>)
  | (IssueBase<'consent_does_not_cover'> & { readonly institutionKind: string })
  | (IssueBase<'group_full'> & { readonly capacity: number })
  | (IssueBase<'recruitment_criteria_not_met'> & { readonly missing: number })
  | (IssueBase<'reserve_not_first'>)
  | (IssueBase<'decision_not_needed'> & { readonly benefit: string })
  | (IssueBase<'amount_required'>)
  | (IssueBase<'amount_not_expected'>)
  | (IssueBase<'period_required'>)
  | (IssueBase<'contract_not_in_force'> & { readonly date: CivilDate })
  | (IssueBase<'continuation_too_long'> & { readonly until: CivilDate; readonly lastAllowed: CivilDate })
  | (IssueBase<'rule_not_in_force'> & { readonly date: CivilDate; readonly from: CivilDate })
  | (IssueBase<'interview_missing'>)
  | (IssueBase<'no_pending_application'> & { readonly benefit: string })
  | (IssueBase<'continuation_not_for_benefit'> & { readonly benefit: string })
  | (IssueBase<'group_mismatch'>)
  | (IssueBase<'sobriety_commitment_missing'> & { readonly commitment: 'abstinence' | 'therapy' })
  | (IssueBase<'goal_without_basis'>)
  | (IssueBase<'goal_basis_unknown'> & { readonly collection: 'goals' | 'resources' | 'limitations' })
  | (IssueBase<'not_group_staff'>)
  | (IssueBase<'signature_after_event'> & { readonly signedOn: CivilDate; readonly eventDate: CivilDate })
  | (IssueBase<'hearing_deadline_not_passed'> & { readonly deadline: CivilDate; readonly date: CivilDate });

/**
 * The stable code of an {@link Issue}.
 *
 * @example
 * ```ts
 * import { type IssueCode } from 'praca-socjalna';
 * const c: IssueCode = 'role_not_allowed';
 * ```
 * @category Issues
 */
export type IssueCode = Issue['code'];

/**
 * The issue of one code, with its typed parameters.
 *
 * @example
 * ```ts
 * import { type IssueOf } from 'praca-socjalna';
 * type RoleIssue = IssueOf<'role_not_allowed'>; // has role, eventType, allowed
 * ```
 * @category Issues
 */
export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;

/**
 * A language for messages and explanations: Polish (the language of decisions) or English.
 *
 * @example
 * ```ts
 * import { type Language } from 'praca-socjalna';
 * const lang: Language = 'pl';
 * ```
 * @category Issues
 */
export type Language = 'pl' | 'en';
