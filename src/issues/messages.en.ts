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
} satisfies { [K in IssueCode]: (issue: IssueOf<K>) => string };
