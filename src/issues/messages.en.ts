import { formatLegalBasis } from '../law/legalBasis.js';
import type { IssueCode, IssueOf } from './issue.js';
import { label, labelList } from './labels.js';

/** @internal English messages, one per issue code; a missing code fails to compile. */
export const messagesEn = {
  invalid_input: (i) => `Invalid input: ${i.detail.en}`,
  empty_log: () => 'The event log is empty: a case starts with a "caseOpened" event.',
  case_not_opened: (i) => `The case is not opened: the first event must be "caseOpened", not "${i.eventType}".`,
  case_already_opened: () => 'The case is already opened: "caseOpened" may occur once.',
  case_mismatch: (i) => `The event belongs to another case (${i.actual}), not to case ${i.expected}.`,
  case_closed: () => 'The case is closed: nothing can be added after closure.',
  transition_not_allowed: (i) =>
    `At the "${label(i.stage, 'en')}" stage the step "${i.eventType}" is not allowed. Allowed: ${i.allowed.join(', ')}.`,
  role_not_allowed: (i) =>
    `The role "${label(i.role, 'en')}" may not take the step "${i.eventType}". Allowed: ${labelList(i.allowed, 'en')}.`,
  not_case_owner: (i) => `This step is taken by the social worker who owns the case (${i.ownerId}), not by ${i.actorId}.`,
  date_before_last_event: (i) =>
    `The date ${i.date} is before the last event's date (${i.lastEventDate}): dates never go backwards.`,
  date_before_birth: (i) => `The date ${i.date} is before the date of birth (${i.birthDate}).`,
  duplicate_id: (i) => `The id "${i.id}" is already used (${i.collection}).`,
  unknown_reference: (i) => `"${i.id}" was not found (${i.collection}).`,
  no_problem_diagnosed: () => 'The diagnosis cannot be completed, nor goals set, before at least one problem is diagnosed.',
  no_main_goal: () => 'A contract needs a main goal.',
  no_ready_action: () => 'A contract needs at least one action with a responsible party and a deadline.',
  deadline_before_date: (i) => `The deadline ${i.deadline} is before the date ${i.date}.`,
  contract_not_refused: () =>
    'A plan can be carried out without a contract only after the refusal to conclude a social contract is recorded.',
  signature_mismatch: (i) => `The signature is by another person (${i.actual}), not the party (${i.expected}).`,
  pesel_invalid_checksum: () => 'The PESEL number has an invalid check digit.',
  pesel_birth_date_mismatch: (i) =>
    `The birth date encoded in the PESEL (${i.peselBirthDate}) differs from the one given (${i.birthDate}).`,
  household_applicant_count: (i) => `A household must have exactly one applicant (found: ${i.count}).`,
  household_single_size: (i) =>
    `A person in a single-person household keeps house alone (art. 6 pkt 10 u.p.s.), but ${i.count} persons were given.`,
  household_family_size: (i) => `A family has at least two persons (art. 6 pkt 14 u.p.s.), but ${i.count} were given.`,
  other_ground_needs_justification: (i) =>
    `Another circumstance justifying assistance needs a written justification${i.basis ? ` (${formatLegalBasis(i.basis)})` : ''}.`,
  variant_invalid: (i) => `Kind "${i.kind}" and variant "${i.variant ?? 'none'}" do not match: a social contract has variant A or B (B needs an unemployment diagnosis); an IPWzB and a family work plan have none.`,
  action_not_ready: (i) => `Action "${i.actionId}" in a contract needs a responsible party and a deadline.`,
  action_outside_period: (i) => `The deadline of action "${i.actionId}" (${i.deadline}) is outside the contract period ${i.from}–${i.to}.`,
  not_contract_worker: (i) => `This step is taken by the worker who is a party to the contract (${i.workerId}), not by ${i.actorId}.`,
  worker_role_for_kind: (i) => `A "${i.kind}" is drawn up by a ${label(i.expected, 'en')}.`,
  signer_not_party: (i) => `"${i.id}" is not a party to the contract.`,
  already_signed: (i) => `"${i.id}" has already signed the contract.`,
  approval_not_required: (i) => `A "${i.kind}" is not approved by the head of the centre.`,
  annex_not_signed_by_all: (i) => `An annex is signed by every party; missing: ${i.missing.join(', ')}.`,
  amendment_after_end: (i) => `A contract cannot be amended after its end (${i.end}); amendment date: ${i.date}.`,
  period_not_ended: (i) => `The contract runs until ${i.end}: ${i.date} is not after it.`,
  hearing_required: () => 'Before the assessment the client must be asked for an explanation, and it must be received or its deadline passed (the right to be heard).',
  justification_required: () => 'A decision needs a written justification.',
  authorisation_required: () => 'The decision is taken by the head of the centre or a person the head authorised (give the authorisation).',
  measure_not_available: (i) => `The measure "${i.measure}" is not available in this case.`,
  justified_breach_no_measure: () => 'The client was found to have a justified reason: no measure is proposed, and the procedure is dropped.',
  ground_not_for_date: (i) => `The ground "${i.ground}" does not apply on ${i.date}.`,
  dependants_not_considered: (i) => `The decision must consider the dependants (art. 11 ust. 3 u.p.s.); not considered: ${i.missing.join(', ')}.`,
  as_of_before_application: (i) => `The assessment day (${i.asOf}) is before the day of the application (${i.applicationDate}).`,
  income_after_application: (i) => `Income of ${i.month} is later than the month of the application (${i.applicationDate}): it cannot be the income of the reference month (art. 8 ust. 3 u.p.s.).`,
  invalid_date: (i) => `The field "${i.field}" is not a valid YYYY-MM-DD date.`,
  invalid_amount: (i) => `The field "${i.field}" must be an amount in whole grosze, from 0 to ${i.max} grosze.`,
  dates_not_in_one_month: (i) => `The dates ${i.from} and ${i.to} are not in the same month: an incomplete month is computed for each month separately.`,
  dates_reversed: (i) => `The end date ${i.to} is before the start date ${i.from}.`,
  signature_after_event: (i) => `The signature of ${i.signedOn} is later than the event's date (${i.eventDate}).`,
  hearing_deadline_not_passed: (i) => `The time to explain (${i.deadline}) has not passed on ${i.date}: "no answer" can be recorded only once it has.`,
} satisfies { [K in IssueCode]: (issue: IssueOf<K>) => string };
