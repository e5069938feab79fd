import { applicantOf } from '../../case/household.js';
import type { Action } from '../../case/action.js';
import type { Goal } from '../../case/goal.js';
import type { Issue } from '../../issues/issue.js';
import type { CivilDate } from '../../law/civilDate.js';
import { defineMachine } from '../../machine/machine.js';
import type { Draft } from '../draft.js';
import type { Family } from '../family.js';
import { Stage } from '../stage.js';
import { type ContractEvent, contractMachine } from './contract.js';
import { type MethodicalEvent, applyMethodical, methodicalEvents } from './methodical.js';
import { type MonitoringEvent, applyMonitoring, monitoringEvents } from './monitoring.js';

/** @internal An event the process machine records itself. */
export type ProcessEvent = MethodicalEvent | MonitoringEvent;

/** Moves allowed at every open stage: notes, meetings, art. 11 circumstances, reassignment and closure. */
const anyOpenStage = <S extends Stage>(stage: S) =>
  ({ monitoringNoteAdded: stage, meetingRecorded: stage, breachCircumstanceNoted: stage, caseReassigned: stage, caseClosed: 'closed' }) as const;

const team = ['socialWorker', 'head'] as const;

function taken(items: readonly { readonly id: string }[], id: string): boolean {
  for (const item of items) if (item.id === id) return true;
  return false;
}

function duplicate(isTaken: boolean, id: string, path: (string | number)[], collection: string): Issue[] {
  return isTaken ? [{ code: 'duplicate_id', path, id, collection }] : [];
}

function notBefore(date: CivilDate, deadline: CivilDate | null, path: (string | number)[]): Issue[] {
  return deadline !== null && deadline < date ? [{ code: 'deadline_before_date', path, date, deadline }] : [];
}

const goalIds = (d: Draft): string[] => [...(d.s.mainGoal ? [d.s.mainGoal.id] : []), ...d.s.specificGoals.map((g) => g.id)];

function missing(known: readonly string[], ids: readonly string[], path: (string | number)[], collection: string): Issue[] {
  const index = ids.findIndex((id) => !known.includes(id));
  const id = ids[index];
  return id === undefined ? [] : [{ code: 'unknown_reference', path: [...path, index], id, collection }];
}

function goalChecks(d: Draft, date: CivilDate, goal: Goal, isMain: boolean): Issue[] {
  const used = isMain ? taken(d.s.specificGoals, goal.id) : d.s.mainGoal?.id === goal.id || taken(d.s.specificGoals, goal.id);
  return [
    ...(d.s.problems.length > 0 ? [] : [{ code: 'no_problem_diagnosed', path: ['type'] } as const]),
    ...duplicate(used, goal.id, ['payload', 'goal', 'id'], 'goals'),
    ...missing(d.s.problems.map((p) => p.id), goal.problemIds, ['payload', 'goal', 'problemIds'], 'problems'),
    ...notBefore(date, goal.targetDate, ['payload', 'goal', 'targetDate']),
  ];
}

function actionRefs(d: Draft, action: Action): Issue[] {
  if (action.goalId === null || goalIds(d).includes(action.goalId)) return [];
  return [{ code: 'unknown_reference', path: ['payload', 'action', 'goalId'], id: action.goalId, collection: 'goals' }];
}

function knownAction(d: Draft, id: string, path: (string | number)[]): Issue[] {
  return taken(d.s.actions, id) ? [] : [{ code: 'unknown_reference', path, id, collection: 'actions' }];
}

/**
 * The methodical process as a machine of the kernel: intake → diagnosis → resources → limitations →
 * goals → contract → monitoring → closure, with the ways back practice needs, and the stage following
 * the contracts.
 *
 * @remarks The stage follows the contract (`follows`): drafting one moves goals → contract; an annex to
 * the contract in force brings a modified plan back to monitoring; the case
 * enters monitoring only when a contract comes into force — with the last signature, or for an IPWzB
 * with the head's approval (art. 49 u.p.s.). After a recorded refusal the plan may start without a
 * contract (art. 11 ust. 2). Assistants and psychologists record meetings, notes and (assistants) action
 * progress only on cases whose team they are on; social workers other than the owner write only when on
 * the team; the head acts everywhere.
 * @example
 * ```ts
 * import { processMachine } from 'praca-socjalna';
 * processMachine.table.goals.actionPlanned; //=> 'goals'
 * processMachine.follows.contract?.contractApproved; //=> 'monitoring'
 * ```
 * @category Process
 */
export const processMachine = defineMachine<Draft, ProcessEvent, Stage, 'contractComesIntoForce', ProcessEvent | ContractEvent>({
  name: 'process',
  states: Stage.options,
  initial: 'intake',
  start: 'caseOpened',
  table: {
    intake: { interviewConducted: 'diagnosis', ...anyOpenStage('intake') },
    diagnosis: { problemDiagnosed: 'diagnosis', diagnosisCompleted: 'resources', ...anyOpenStage('diagnosis') },
    resources: { resourceIdentified: 'resources', resourcesCompleted: 'limitations', ...anyOpenStage('resources') },
    limitations: { limitationIdentified: 'limitations', limitationsCompleted: 'goals', ...anyOpenStage('limitations') },
    goals: { mainGoalSet: 'goals', specificGoalAdded: 'goals', actionPlanned: 'goals', actionRevised: 'goals', ...anyOpenStage('goals') },
    contract: { planStartedWithoutContract: 'monitoring', planModified: 'goals', ...anyOpenStage('contract') },
    monitoring: {
      actionProgressRecorded: 'monitoring',
      goalProgressRecorded: 'monitoring',
      actionRevised: 'monitoring',
      planModified: 'goals',
      situationChanged: 'diagnosis',
      ...anyOpenStage('monitoring'),
    },
    closed: {},
  },
  follows: {
    goals: { contractDrafted: 'contract', contractAnnexed: 'monitoring' },
    contract: { contractSigned: [{ target: 'monitoring', when: 'contractComesIntoForce' }], contractApproved: 'monitoring' },
  },
  conditions: {
    contractComesIntoForce: (d, e) => e.type === 'contractSigned' && contractMachine.conditions.allSignedNoApprovalNeeded(d, e),
  },
  permissions: {
    caseOpened: { roles: team, scope: 'anyoneOfRole' },
    interviewConducted: { roles: team, scope: 'teamMember' },
    problemDiagnosed: { roles: team, scope: 'teamMember' },
    diagnosisCompleted: { roles: team, scope: 'owner' },
    resourceIdentified: { roles: team, scope: 'teamMember' },
    resourcesCompleted: { roles: team, scope: 'teamMember' },
    limitationIdentified: { roles: team, scope: 'teamMember' },
    limitationsCompleted: { roles: team, scope: 'teamMember' },
    mainGoalSet: { roles: team, scope: 'teamMember' },
    specificGoalAdded: { roles: team, scope: 'teamMember' },
    actionPlanned: { roles: team, scope: 'teamMember' },
    actionRevised: { roles: team, scope: 'teamMember' },
    planStartedWithoutContract: { roles: team, scope: 'owner' },
    planModified: { roles: team, scope: 'owner' },
    situationChanged: { roles: team, scope: 'teamMember' },
    caseReassigned: { roles: ['head'], scope: 'anyoneOfRole' },
    caseClosed: { roles: team, scope: 'owner' },
    meetingRecorded: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], scope: 'teamMember' },
    actionProgressRecorded: { roles: ['socialWorker', 'assistant', 'head'], scope: 'teamMember' },
    goalProgressRecorded: { roles: team, scope: 'teamMember' },
    monitoringNoteAdded: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], scope: 'teamMember' },
    breachCircumstanceNoted: { roles: ['socialWorker', 'assistant', 'head'], scope: 'teamMember' },
  },
  guards: {
    caseOpened: (_d, e) => {
      const { birthDate } = applicantOf(e.payload.household);
      return e.date < birthDate ? [{ code: 'date_before_birth', path: ['date'], date: e.date, birthDate }] : [];
    },
    interviewConducted: () => [],
    problemDiagnosed: (d, e) => [
      ...duplicate(taken(d.s.problems, e.payload.problem.id), e.payload.problem.id, ['payload', 'problem', 'id'], 'problems'),
      ...missing(d.s.household.members.map((m) => m.person.id), e.payload.problem.personIds, ['payload', 'problem', 'personIds'], 'household members'),
    ],
    diagnosisCompleted: (d) => (d.s.problems.length > 0 ? [] : [{ code: 'no_problem_diagnosed', path: ['type'] }]),
    resourceIdentified: (d, e) => duplicate(taken(d.s.resources, e.payload.resource.id), e.payload.resource.id, ['payload', 'resource', 'id'], 'resources'),
    resourcesCompleted: () => [],
    limitationIdentified: (d, e) => duplicate(taken(d.s.limitations, e.payload.limitation.id), e.payload.limitation.id, ['payload', 'limitation', 'id'], 'limitations'),
    limitationsCompleted: () => [],
    mainGoalSet: (d, e) => goalChecks(d, e.date, e.payload.goal, true),
    specificGoalAdded: (d, e) => goalChecks(d, e.date, e.payload.goal, false),
    actionPlanned: (d, e) => [
      ...duplicate(taken(d.s.actions, e.payload.action.id), e.payload.action.id, ['payload', 'action', 'id'], 'actions'),
      ...actionRefs(d, e.payload.action),
      ...notBefore(e.date, e.payload.action.deadline, ['payload', 'action', 'deadline']),
    ],
    actionRevised: (d, e) => {
      const unknown = knownAction(d, e.payload.action.id, ['payload', 'action', 'id']);
      return unknown.length > 0 ? unknown : actionRefs(d, e.payload.action);
    },
    planStartedWithoutContract: (d) => {
      const last = d.s.contracts.at(-1);
      return last?.status === 'refused' && d.s.withoutContractSince === null
        ? []
        : [{ code: 'contract_not_refused', path: ['type'], basis: { act: 'ups', article: '11', paragraph: '2' } }];
    },
    planModified: () => [],
    situationChanged: () => [],
    caseReassigned: () => [],
    caseClosed: (d, e) => missing(goalIds(d), e.payload.achievedGoalIds, ['payload', 'achievedGoalIds'], 'goals'),
    meetingRecorded: (d, e) =>
      missing(d.s.household.members.map((m) => m.person.id), e.payload.clientIds, ['payload', 'clientIds'], 'household members'),
    actionProgressRecorded: (d, e) => knownAction(d, e.payload.actionId, ['payload', 'actionId']),
    goalProgressRecorded: (d, e) =>
      goalIds(d).includes(e.payload.goalId) ? [] : [{ code: 'unknown_reference', path: ['payload', 'goalId'], id: e.payload.goalId, collection: 'goals' }],
    monitoringNoteAdded: () => [],
    breachCircumstanceNoted: () => [],
  },
});

/** @internal The methodical process and monitoring families: both move the process machine. */
export const processFamily: Family<ProcessEvent> = {
  schemas: [...Object.values(methodicalEvents), ...Object.values(monitoringEvents)],
  machine: processMachine,
  locate: (d, e) => (e.type === 'caseOpened' ? { issue: { code: 'case_already_opened', path: ['type'] } } : { state: d.s.stage }),
  apply: (d, e) => {
    if (Object.hasOwn(monitoringEvents, e.type)) applyMonitoring(d, e as MonitoringEvent);
    else applyMethodical(d, e as MethodicalEvent);
  },
};
