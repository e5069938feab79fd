import type { Issue } from '../../issues/issue.js';
import type { CaseEvent } from '../events.js';
import type { CaseState } from '../state.js';

function duplicate(ids: Iterable<string>, id: string, path: (string | number)[], collection: string): Issue | undefined {
  for (const existing of ids) {
    if (existing === id) return { code: 'duplicate_id', path, id, collection };
  }
  return undefined;
}

const goalIds = (s: CaseState) => [...(s.mainGoal ? [s.mainGoal.id] : []), ...s.specificGoals.map((g) => g.id)];

/** A new item never reuses the id of an item of its kind: ids are how later events refer to it. */
export function idsAreNew(state: CaseState, event: CaseEvent): Issue | undefined {
  switch (event.type) {
    case 'problemDiagnosed':
      return duplicate(state.problems.map((p) => p.id), event.payload.problem.id, ['payload', 'problem', 'id'], 'problems');
    case 'resourceIdentified':
      return duplicate(state.resources.map((r) => r.id), event.payload.resource.id, ['payload', 'resource', 'id'], 'resources');
    case 'limitationIdentified':
      return duplicate(state.limitations.map((l) => l.id), event.payload.limitation.id, ['payload', 'limitation', 'id'], 'limitations');
    case 'specificGoalAdded':
      return duplicate(goalIds(state), event.payload.goal.id, ['payload', 'goal', 'id'], 'goals');
    case 'mainGoalSet':
      return duplicate(state.specificGoals.map((g) => g.id), event.payload.goal.id, ['payload', 'goal', 'id'], 'goals');
    case 'actionPlanned':
      return duplicate(state.actions.map((a) => a.id), event.payload.action.id, ['payload', 'action', 'id'], 'actions');
    case 'monitoringNoteAdded':
    case 'actionProgressRecorded':
      return duplicate(state.monitoring.map((m) => m.id), event.payload.entryId, ['payload', 'entryId'], 'monitoring');
    case 'contractSigned':
      return duplicate(
        state.contracts.flatMap((c) => (c.status === 'signed' ? [c.contractId] : [])),
        event.payload.contractId,
        ['payload', 'contractId'],
        'contracts',
      );
    default:
      return undefined;
  }
}
