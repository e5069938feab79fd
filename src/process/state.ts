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
  schemaVersion: z.literal(2).describe('The version of the state shape: 2.'),
  caseId: Id.describe('The case (sprawa).'),
  stage: Stage.describe('The stage of the methodical process (etap pracy socjalnej).'),
  version: z.int().positive().describe('How many events the state has applied: the stream version, for optimistic concurrency.'),
  openedOn: CivilDate.describe('The day the case was opened.'),
  lastEventDate: CivilDate.describe('The date of the latest event applied.'),
  owner: Actor.describe('The social worker who leads the case (pracownik socjalny prowadzący).'),
  ownerHistory: z
    .array(z.strictObject({ owner: Actor.describe('The social worker.'), from: CivilDate.describe('The first day.'), eventId: Id.describe('The event that made it so.') }))
    .describe('Who led the case, from when, and the event that made it so.'),
  household: Household.describe('The household the case is about (gospodarstwo domowe).'),
  interview: z
    .strictObject({ date: CivilDate.describe('The day of the interview.'), summary: z.string().describe('Its summary.'), urgent: z.boolean().describe('Whether it was urgent.') })
    .nullable()
    .describe('The family community interview (rodzinny wywiad środowiskowy), or null before it.'),
  assessment: z.string().nullable().describe('The assessment closing the diagnosis (ocena sytuacji), or null before it.'),
  problems: z.array(Problem).describe('The diagnosed problems (diagnoza).'),
  resources: z.array(Resource).describe('The resources found (zasoby).'),
  limitations: z.array(Limitation).describe('The limitations found (ograniczenia).'),
  mainGoal: Goal.nullable().describe('The main goal (cel główny), or null before it is set.'),
  specificGoals: z.array(Goal).describe('The specific goals (cele szczegółowe).'),
  actions: z.array(Action).describe('The actions planned (działania), as last revised.'),
  contracts: z.array(ContractState).describe('The contracts and plans of the case (kontrakt socjalny, IPWzB, plan pracy z rodziną).'),
  withoutContractSince: CivilDate.nullable().describe('The day the plan started without a contract after a refusal (art. 11 ust. 2 u.p.s.), or null.'),
  procedures: z.array(BreachProcedure).describe('The art. 11 u.p.s. procedures of the case.'),
  team: z.array(TeamMember).describe('The team of the case (zespół), past and present assignments.'),
  authorisations: z.array(DecisionAuthorisation).describe('The authorisations to decide recorded in the case (upoważnienia).'),
  meetings: z.array(Meeting).describe('The meetings recorded (spotkania).'),
  consents: z.array(ReferralConsent).describe('The consents to pass data to institutions (zgody).'),
  referrals: z.array(Referral).describe('The referrals to institutions (skierowania).'),
  claims: z.array(BenefitClaim).describe('The benefit claims and their decisions (świadczenia).'),
  monitoring: z.array(MonitoringEntry).describe('The monitoring entries (monitoring): notes, evaluations, progress, art. 11 circumstances.'),
  stageHistory: z
    .array(z.strictObject({ stage: Stage.describe('The stage.'), enteredOn: CivilDate.describe('The day it was entered.'), eventId: Id.describe('The event that moved the case there.') }))
    .describe('The stages entered, from when, and the event that moved the case there.'),
  closure: Closure.nullable().describe('The closure of the case (zakończenie pracy socjalnej), or null while open.'),
  received: z
    .array(
      z.strictObject({
        id: Id.describe('The id of the event.'),
        digest: z.string().regex(/^[0-9a-f]{16}$/).describe('A 64-bit digest of its content, 16 hex digits.'),
      }),
    )
    .describe('The events applied, by id with a digest of their content: an event replayed with the same id is recognised.'),
});
/** The state of a case; see {@link CaseState}. */
export type CaseState = z.infer<typeof CaseState>;
