import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Action } from '../case/action.js';
import { Actor } from '../case/actor.js';
import { Closure } from '../case/closure.js';
import { Goal } from '../case/goal.js';
import { Household } from '../case/household.js';
import { Id } from '../case/id.js';
import { Limitation } from '../case/limitation.js';
import { MonitoringEntry } from '../case/monitoringEntry.js';
import { Problem } from '../case/problem.js';
import { Resource } from '../case/resource.js';
import { PlanKind } from './events.js';
import { Stage } from './stage.js';

/**
 * One round of contracting: proposed, then signed or refused (and, after a refusal, possibly carried out
 * without a contract).
 *
 * @remarks A refusal (`status: 'refused'`) is what art. 11 ust. 2 u.p.s. calls „odmowa zawarcia kontraktu
 * socjalnego”; the breach rules read it from here or from the event log.
 * @example
 * ```ts
 * import { ContractRound } from 'praca-socjalna';
 * ContractRound.parse({ status: 'proposed', kind: 'socialContract', proposedOn: '2025-03-01' });
 * ```
 * @category Process
 */
export const ContractRound = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('proposed'), kind: PlanKind, proposedOn: CivilDate }),
  z.strictObject({
    status: z.literal('signed'),
    kind: PlanKind,
    proposedOn: CivilDate,
    contractId: Id,
    signedOn: CivilDate,
    validFrom: CivilDate,
    validTo: CivilDate,
  }),
  z.strictObject({
    status: z.literal('refused'),
    kind: PlanKind,
    proposedOn: CivilDate,
    refusedOn: CivilDate,
    reason: z.string().nullable(),
    withoutContractSince: CivilDate.nullable(),
  }),
]);
/** A round of contracting; see {@link ContractRound}. */
export type ContractRound = z.infer<typeof ContractRound>;

/**
 * The state of a case: everything its events established, as plain JSON.
 *
 * @remarks Derived, never edited: it is {@link replay} of the case's events. `version` counts the events
 * applied; `stageHistory` records when each stage was entered.
 * @example
 * ```ts
 * import { CaseState } from 'praca-socjalna';
 * const loaded: unknown = JSON.parse('{}'); // e.g. a state read back from a database
 * CaseState.safeParse(loaded).success; //=> false
 * ```
 * @category Process
 */
export const CaseState = z.strictObject({
  schemaVersion: z.literal(1),
  caseId: Id,
  stage: Stage,
  version: z.int().positive(),
  openedOn: CivilDate,
  lastEventDate: CivilDate,
  owner: Actor,
  household: Household,
  interview: z.strictObject({ date: CivilDate, summary: z.string(), urgent: z.boolean() }).nullable(),
  assessment: z.string().nullable(),
  problems: z.array(Problem),
  resources: z.array(Resource),
  limitations: z.array(Limitation),
  mainGoal: Goal.nullable(),
  specificGoals: z.array(Goal),
  actions: z.array(Action),
  contracts: z.array(ContractRound),
  monitoring: z.array(MonitoringEntry),
  stageHistory: z.array(z.strictObject({ stage: Stage, enteredOn: CivilDate, eventId: Id })),
  closure: Closure.nullable(),
});
/** The state of a case; see {@link CaseState}. */
export type CaseState = z.infer<typeof CaseState>;
