import type { Issue } from '../../issues/issue.js';
import type { CaseEvent } from '../events.js';
import { monitoringIds } from '../monitoringIndex.js';
import type { CaseState } from '../state.js';

/** Whether any item has the id; a plain loop, because this runs on every event of a long log. */
function taken(items: readonly { readonly id: string }[], id: string): boolean {
  for (const item of items) if (item.id === id) return true;
  return false;
}

function duplicate(isTaken: boolean, id: string, path: (string | number)[], collection: string): Issue | undefined {
  return isTaken ? { code: 'duplicate_id', path, id, collection } : undefined;
}

/** A new item never reuses the id of an item of its kind: ids are how later events refer to it. */
export function idsAreNew(state: CaseState, event: CaseEvent): Issue | undefined {
  switch (event.type) {
    case 'problemDiagnosed':
      return duplicate(taken(state.problems, event.payload.problem.id), event.payload.problem.id, ['payload', 'problem', 'id'], 'problems');
    case 'resourceIdentified':
      return duplicate(taken(state.resources, event.payload.resource.id), event.payload.resource.id, ['payload', 'resource', 'id'], 'resources');
    case 'limitationIdentified':
      return duplicate(taken(state.limitations, event.payload.limitation.id), event.payload.limitation.id, ['payload', 'limitation', 'id'], 'limitations');
    case 'specificGoalAdded': {
      const id = event.payload.goal.id;
      return duplicate(state.mainGoal?.id === id || taken(state.specificGoals, id), id, ['payload', 'goal', 'id'], 'goals');
    }
    case 'mainGoalSet':
      return duplicate(taken(state.specificGoals, event.payload.goal.id), event.payload.goal.id, ['payload', 'goal', 'id'], 'goals');
    case 'actionPlanned':
      return duplicate(taken(state.actions, event.payload.action.id), event.payload.action.id, ['payload', 'action', 'id'], 'actions');
    case 'monitoringNoteAdded':
    case 'actionProgressRecorded':
    case 'circumstanceObserved':
      return duplicate(monitoringIds(state).has(event.payload.entryId), event.payload.entryId, ['payload', 'entryId'], 'monitoring');
    case 'contractSigned': {
      const id = event.payload.contractId;
      return duplicate(state.contracts.some((c) => c.status === 'signed' && c.contractId === id), id, ['payload', 'contractId'], 'contracts');
    }
    default:
      return undefined;
  }
}
