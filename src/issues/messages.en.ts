import { formatLegalBasis } from '../law/legalBasis.js';
import type { IssueCode, IssueOf } from './issue.js';
import { label as codeLabel } from '../i18n/labels.js';
import { collectionName } from './collections.js';
import { fieldLabel } from './fieldPath.js';
import { label, labelList } from './labels.js';

const w = (key: string): string => label(key, 'en');
const ws = (keys: readonly string[]): string => labelList(keys, 'en');
const list = (collection: string): string => collectionName(collection, 'en');
const field = (name: string): string => fieldLabel(name, 'en') ?? 'named';
const planKind = (kind: string): string => codeLabel(kind, 'en', 'PlanKind') ?? 'document of the kind named';

/** @internal English messages, one per issue code; a missing code fails to compile. */
export const messagesEn = {
  invalid_input: (i) => `Invalid input: ${i.detail.en}`,
  empty_log: () => 'The event log is empty: a case starts with the event "case opened".',
  case_not_opened: (i) => `The case is not opened: the first event must be "case opened", not "${w(i.eventType)}".`,
  case_already_opened: () => 'The case is already opened: the event "case opened" may occur once.',
  case_mismatch: () => 'The event belongs to another case than the one it is added to.',
  case_closed: () => 'The case is closed: nothing can be added after closure.',
  transition_not_allowed: (i) =>
    `At the "${w(i.stage)}" stage the step "${w(i.eventType)}" is not allowed. Allowed: ${ws(i.allowed) || 'no step'}.`,
  role_not_allowed: (i) =>
    `The role "${w(i.role)}" may not take the step "${w(i.eventType)}". Allowed: ${ws(i.allowed)}.`,
  not_case_owner: () => 'This step is taken by the social worker who owns the case, not by another person.',
  date_before_last_event: (i) =>
    `The date ${i.date} is before the last event's date (${i.lastEventDate}): dates never go backwards.`,
  date_before_birth: () => 'The date is before the person\'s date of birth.',
  duplicate_id: (i) => `This id is already used (${list(i.collection)}).`,
  unknown_reference: (i) => `The id referred to was not found (${list(i.collection)}).`,
  no_problem_diagnosed: () => 'The diagnosis cannot be completed, nor goals set, before at least one problem is diagnosed.',
  no_main_goal: () => 'A contract needs a main goal.',
  no_ready_action: () => 'A contract needs at least one action with a responsible party and a deadline.',
  deadline_before_date: (i) => `The deadline ${i.deadline} is before the date ${i.date}.`,
  contract_not_refused: () =>
    'A plan can be carried out without a contract only after the refusal to conclude a social contract is recorded.',
  signature_mismatch: () => 'The signature is by another person than the party.',
  pesel_invalid_checksum: () => 'The PESEL number has an invalid check digit.',
  pesel_birth_date_mismatch: () =>
    'The birth date encoded in the PESEL differs from the birth date given.',
  household_applicant_count: (i) => `A household must have exactly one applicant (found: ${i.count}).`,
  household_single_size: (i) =>
    `A person in a single-person household keeps house alone (art. 6 pkt 10 u.p.s.), but ${i.count} persons were given.`,
  household_family_size: (i) => `A family has at least two persons (art. 6 pkt 14 u.p.s.), but ${i.count} were given.`,
  other_ground_needs_justification: (i) =>
    `Another circumstance justifying assistance needs a written justification${i.basis ? ` (${formatLegalBasis(i.basis)})` : ''}.`,
  variant_invalid: (i) =>
    i.variant === 'shelter'
      ? `A shelter is named only in an individual homelessness exit programme, not in a ${planKind(i.kind)}.`
      : `A ${planKind(i.kind)} and ${i.variant === null ? 'no variant' : `variant ${i.variant === 'A' || i.variant === 'B' ? i.variant : 'named'}`} do not match: a social contract has variant A or B (B needs an unemployment diagnosis); an IPWzB and a family work plan have none.`,
  action_not_ready: () => 'An action in a contract needs a responsible party and a deadline.',
  action_outside_period: (i) => `The deadline of an action (${i.deadline}) is outside the contract period ${i.from}–${i.to}.`,
  not_contract_worker: () => 'This step is taken by the worker who is a party to the contract, not by another person.',
  worker_role_for_kind: (i) => `A ${planKind(i.kind)} is drawn up by the ${w(i.expected)}.`,
  signer_not_party: () => 'The signer is not a party to the contract.',
  already_signed: () => 'This party has already signed the contract.',
  approval_not_required: (i) => `A ${planKind(i.kind)} is not approved by the head of the centre.`,
  annex_not_signed_by_all: (i) => `An annex is signed by every party; missing signatures: ${i.missing.length}.`,
  amendment_after_end: (i) => `A contract cannot be amended after its end (${i.end}); amendment date: ${i.date}.`,
  period_not_ended: (i) => `The contract runs until ${i.end}: ${i.date} is not after it.`,
  hearing_required: () => 'Before the assessment the client must be asked for an explanation, and it must be received or its deadline passed (the right to be heard).',
  justification_required: () => 'A decision needs a written justification.',
  authorisation_required: () => 'The decision is taken by the head of the centre or a person the head authorised (give the authorisation).',
  measure_not_available: (i) => `The measure "${codeLabel(i.measure, 'en', 'Measure') ?? 'named'}" is not available in this case.`,
  justified_breach_no_measure: () => 'The client was found to have a justified reason: no measure is proposed, and the procedure is dropped.',
  ground_not_for_date: (i) => `The ground "${codeLabel(i.ground, 'en', 'BreachGround') ?? 'named'}" does not apply on ${i.date}.`,
  dependants_not_considered: (i) => `The decision must consider the dependants (art. 11 ust. 3 u.p.s.); dependants not considered: ${i.missing.length}.`,
  step_not_allowed: (i) =>
    `${cap(w(i.machine))}: at the stage "${w(i.state)}" the step "${w(i.eventType)}" is not allowed. Allowed: ${ws(i.allowed) || 'no step'}.`,
  step_condition_not_met: (i) =>
    `${cap(w(i.machine))}: the step "${w(i.eventType)}" at the stage "${w(i.state)}" needs: ${ws(i.conditions)}.`,
  role_not_permitted: (i) =>
    `${cap(w(i.machine))}: the role "${w(i.role)}" may not record "${w(i.eventType)}". Allowed: ${ws(i.allowed)}.`,
  scope_not_met: (i) =>
    `${cap(w(i.machine))}: "${w(i.eventType)}" may be recorded only by ${w(i.scope)}; this ${w(i.role)} is not.`,
  event_id_reused: () => 'The event id is already used in this case by an event with different content.',
  stream_not_a_list: () => 'The event stream of a case must be a list of events.',
  unknown_item: (i) => `${cap(w(i.machine))}: the event names an item that is not among the ${list(i.collection)}.`,
  item_exists: (i) => `${cap(w(i.machine))}: an item with this id already exists among the ${list(i.collection)}.`,
  upcast_failed: (i) => `The version 1 event "${w(i.eventType)}" cannot be carried into the current shape.`,
  as_of_before_application: (i) => `The assessment day (${i.asOf}) is before the day of the application (${i.applicationDate}).`,
  income_after_application: (i) => `Income of ${i.month} is later than the month of the application (${i.applicationDate}): it cannot be the income of the reference month (art. 8 ust. 3 u.p.s.).`,
  invalid_date: (i) => `The field "${field(i.field)}" is not a valid YYYY-MM-DD date.`,
  invalid_amount: (i) => `The field "${field(i.field)}" must be an amount in whole grosze, from 0 to ${i.max} grosze.`,
  dates_not_in_one_month: (i) => `The dates ${i.from} and ${i.to} are not in the same month: an incomplete month is computed for each month separately.`,
  dates_reversed: (i) => `The end date ${i.to} is before the start date ${i.from}.`,
  consent_not_recorded: () => 'A referral needs the client’s consent recorded in the case; there is none.',
  consent_withdrawn: (i) => `The client withdrew the consent to referral (${i.withdrawnOn}): it cannot support a referral.`,
  consent_other_person: () => 'The consent named is another person’s than the person referred.',
  consent_does_not_cover: () => 'The client’s consent does not cover a referral to this kind of institution.',
  group_full: (i) => `The participant list is full (${i.capacity} ${i.capacity === 1 ? 'place' : 'places'}): the candidate can go on the reserve list.`,
  recruitment_criteria_not_met: (i) => `The candidate does not meet ${i.missing} of the recruitment ${i.missing === 1 ? 'criterion' : 'criteria'} set in the rules.`,
  reserve_not_first: () => 'The reserve list is taken in order: the person entered first is admitted first.',
  decision_not_needed: () => 'Social work needs no administrative decision (art. 106 ust. 2 u.p.s.).',
  amount_required: () => 'A decision granting a cash benefit must state its amount.',
  amount_not_expected: () => 'A refusal states no amount.',
  period_required: () => 'A decision granting a permanent or periodic allowance must state the period it covers.',
  contract_not_in_force: (i) => `On ${i.date} no social contract is in force in the case, and this step needs one (art. 38 and art. 39a u.p.s.).`,
  continuation_too_long: (i) => `After taking a job the allowance may be paid until ${i.lastAllowed} at the latest; ${i.until} was given.`,
  rule_not_in_force: (i) => `This rule applies from ${i.from}; on ${i.date} it was not in force or its wording is not established.`,
  interview_missing: () => 'The case has no social worker’s interview to base a benefit request on.',
  no_pending_application: () => 'The case has no application for this benefit awaiting a decision.',
  continuation_not_for_benefit: () => 'Payment after taking a job may continue only for a periodic allowance (art. 38 u.p.s.) or a purpose allowance (art. 39a u.p.s.).',
  group_mismatch: () => 'The event belongs to another group than the one whose stream this is.',
  sobriety_commitment_missing: (i) =>
    i.commitment === 'abstinence'
      ? 'A sobriety contract must include a commitment to abstinence.'
      : 'A sobriety contract must include a therapy commitment: inpatient, outpatient, or a self-help group.',
  goal_without_basis: () => 'A goal must build on at least one resource or answer at least one limitation found in the diagnosis.',
  goal_basis_unknown: (i) => `The basis of a goal names an item the case does not have (${list(i.collection)}).`,
  not_group_staff: () => 'This step of a group is recorded by its coordinator (who formed it), its facilitator, or the head of the centre.',
  signature_after_event: (i) => `The signature of ${i.signedOn} is later than the event's date (${i.eventDate}).`,
  hearing_deadline_not_passed: (i) => `The time to explain (${i.deadline}) has not passed on ${i.date}: "no answer" can be recorded only once it has.`,
} satisfies { [K in IssueCode]: (issue: IssueOf<K>) => string };

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
