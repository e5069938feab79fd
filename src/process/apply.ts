import { match } from 'ts-pattern';
import type { Action } from '../case/action.js';
import type { MonitoringEntry } from '../case/monitoringEntry.js';
import type { CaseEvent } from './events.js';
import type { CaseState, ContractRound } from './state.js';

const replaceLast = (rounds: readonly ContractRound[], next: ContractRound): ContractRound[] => [...rounds.slice(0, -1), next];

function entry(
  event: CaseEvent,
  kind: MonitoringEntry['kind'],
  id: string,
  text: string,
  actionId: string | null = null,
  justification: string | null = null,
): MonitoringEntry {
  return { id, date: event.date, author: event.actor, kind, text, actionId, justification };
}

/**
 * @internal What an accepted event does to the content of a case (the stage is set by the table).
 * Exhaustive over event types: a new event type does not compile until it is handled here.
 * Never mutates: returns a new state sharing the unchanged parts.
 */
export function applyEvent(state: CaseState, event: Exclude<CaseEvent, { type: 'caseOpened' }>): CaseState {
  return match(event)
    .returnType<CaseState>()
    .with({ type: 'interviewConducted' }, (e) => ({
      ...state,
      interview: { date: e.date, summary: e.payload.summary, urgent: e.payload.urgent },
    }))
    .with({ type: 'problemDiagnosed' }, (e) => ({ ...state, problems: [...state.problems, e.payload.problem] }))
    .with({ type: 'diagnosisCompleted' }, (e) => ({ ...state, assessment: e.payload.assessment }))
    .with({ type: 'resourceIdentified' }, (e) => ({ ...state, resources: [...state.resources, e.payload.resource] }))
    .with({ type: 'resourcesCompleted' }, () => state)
    .with({ type: 'limitationIdentified' }, (e) => ({ ...state, limitations: [...state.limitations, e.payload.limitation] }))
    .with({ type: 'limitationsCompleted' }, () => state)
    .with({ type: 'mainGoalSet' }, (e) => ({ ...state, mainGoal: e.payload.goal }))
    .with({ type: 'specificGoalAdded' }, (e) => ({ ...state, specificGoals: [...state.specificGoals, e.payload.goal] }))
    .with({ type: 'actionPlanned' }, (e) => ({ ...state, actions: [...state.actions, e.payload.action] }))
    .with({ type: 'actionRevised' }, (e) => ({
      ...state,
      actions: state.actions.map((a) => (a.id === e.payload.action.id ? e.payload.action : a)),
    }))
    .with({ type: 'contractProposed' }, (e) => {
      const round: ContractRound = { status: 'proposed', kind: e.payload.kind, proposedOn: e.date };
      // A proposal never answered is superseded by the next one; signed and refused rounds stay on record.
      const pending = state.contracts.at(-1)?.status === 'proposed';
      return { ...state, contracts: pending ? replaceLast(state.contracts, round) : [...state.contracts, round] };
    })
    .with({ type: 'contractSigned' }, (e) => {
      const current = state.contracts.at(-1);
      const kind = current?.kind ?? 'socialContract';
      const proposedOn = current?.proposedOn ?? e.date;
      return {
        ...state,
        contracts: replaceLast(state.contracts, {
          status: 'signed',
          kind,
          proposedOn,
          contractId: e.payload.contractId,
          signedOn: e.date,
          validFrom: e.payload.validFrom,
          validTo: e.payload.validTo,
        }),
      };
    })
    .with({ type: 'contractRefused' }, (e) => {
      const current = state.contracts.at(-1);
      return {
        ...state,
        contracts: replaceLast(state.contracts, {
          status: 'refused',
          kind: current?.kind ?? 'socialContract',
          proposedOn: current?.proposedOn ?? e.date,
          refusedOn: e.date,
          reason: e.payload.reason,
          withoutContractSince: null,
        }),
      };
    })
    .with({ type: 'planStartedWithoutContract' }, (e) => {
      const current = state.contracts.at(-1);
      if (current?.status !== 'refused') return state; // unreachable: the guard requires a refusal
      return {
        ...state,
        contracts: replaceLast(state.contracts, { ...current, withoutContractSince: e.date }),
        monitoring: [...state.monitoring, entry(e, 'note', `${e.id}:start`, e.payload.note)],
      };
    })
    .with({ type: 'monitoringNoteAdded' }, (e) => ({
      ...state,
      monitoring: [...state.monitoring, entry(e, e.payload.kind, e.payload.entryId, e.payload.text)],
    }))
    .with({ type: 'actionProgressRecorded' }, (e) => {
      const { actionId, status, text, justification, entryId } = e.payload;
      return {
        ...state,
        actions: state.actions.map((a): Action => (a.id === actionId ? { ...a, status } : a)),
        monitoring: [...state.monitoring, entry(e, 'actionProgress', entryId, text, actionId, justification)],
      };
    })
    .with({ type: 'circumstanceObserved' }, (e) => ({
      ...state,
      monitoring: [...state.monitoring, entry(e, 'observation', e.payload.entryId, e.payload.description)],
    }))
    .with({ type: 'planModified' }, (e) => ({
      ...state,
      monitoring: [...state.monitoring, entry(e, 'evaluation', `${e.id}:plan`, e.payload.reason)],
    }))
    .with({ type: 'situationChanged' }, (e) => ({
      ...state,
      monitoring: [...state.monitoring, entry(e, 'evaluation', `${e.id}:situation`, e.payload.description)],
    }))
    .with({ type: 'caseReassigned' }, (e) => ({ ...state, owner: e.payload.newOwner }))
    .with({ type: 'caseClosed' }, (e) => ({
      ...state,
      closure: {
        date: e.date,
        reason: e.payload.reason,
        achievedGoalIds: e.payload.achievedGoalIds,
        evaluation: e.payload.evaluation,
      },
    }))
    .exhaustive();
}
