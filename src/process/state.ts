import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Action } from '../case/action.js';
import { Actor } from '../case/actor.js';
import { Closure } from '../case/closure.js';
import { Goal } from '../case/goal.js';
import { Household } from '../case/household.js';
import { Id } from '../case/id.js';
import { Limitation } from '../case/limitation.js';
import { Meeting } from '../case/meeting.js';
import { MonitoringEntry } from '../case/monitoringEntry.js';
import { Problem } from '../case/problem.js';
import { Resource } from '../case/resource.js';
import { DecisionAuthorisation, TeamMember } from '../case/team.js';
import { ContractState } from '../contract/contractState.js';
import { BreachProcedure } from '../breach/breachProcedure.js';
import { Stage } from './stage.js';
import { BenefitClaim } from '../practice/benefitClaim.js';
import { Referral, ReferralConsent } from '../practice/referral.js';

/**
 * The state of a case: everything its one stream of events established, as plain JSON — the
 * methodical process, every contract, every art. 11 procedure, the team and its authorisations, the
 * meetings and monitoring.
 *
 * @remarks Derived, never edited: it is {@link replay} of the case's stream. `version` counts the
 * events applied; `stageHistory` records when each stage was entered; `ownerHistory` every owner;
 * `received` the id and content fingerprint of every event, sorted by id, so that a redelivered event is
 * recognised and a reused id refused. Every state the SDK produces passes this schema.
 * @example
 * ```ts
 * import { CaseState } from 'praca-socjalna';
 * const loaded: unknown = JSON.parse('{}'); // e.g. a state read back from a database
 * CaseState.safeParse(loaded).success; //=> false
 * ```
 * @category Process
 */
export const CaseState = z.strictObject({
  schemaVersion: z.literal(2),
  caseId: Id,
  stage: Stage,
  version: z.int().positive(),
  openedOn: CivilDate,
  lastEventDate: CivilDate,
  owner: Actor,
  ownerHistory: z.array(z.strictObject({ owner: Actor, from: CivilDate, eventId: Id })),
  household: Household,
  interview: z.strictObject({ date: CivilDate, summary: z.string(), urgent: z.boolean() }).nullable(),
  assessment: z.string().nullable(),
  problems: z.array(Problem),
  resources: z.array(Resource),
  limitations: z.array(Limitation),
  mainGoal: Goal.nullable(),
  specificGoals: z.array(Goal),
  actions: z.array(Action),
  contracts: z.array(ContractState),
  withoutContractSince: CivilDate.nullable(),
  procedures: z.array(BreachProcedure),
  team: z.array(TeamMember),
  authorisations: z.array(DecisionAuthorisation),
  meetings: z.array(Meeting),
  consents: z.array(ReferralConsent),
  referrals: z.array(Referral),
  claims: z.array(BenefitClaim),
  monitoring: z.array(MonitoringEntry),
  stageHistory: z.array(z.strictObject({ stage: Stage, enteredOn: CivilDate, eventId: Id })),
  closure: Closure.nullable(),
  received: z.array(z.strictObject({ id: Id, digest: z.string().regex(/^[0-9a-f]{16}$/) })),
});
/** The state of a case; see {@link CaseState}. */
export type CaseState = z.infer<typeof CaseState>;
