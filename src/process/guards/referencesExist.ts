import type { Issue } from '../../issues/issue.js';
import type { Goal } from '../../case/goal.js';
import type { Action } from '../../case/action.js';
import type { CaseEvent } from '../events.js';
import type { CaseState } from '../state.js';

function missing(known: readonly string[], ids: readonly string[], path: (string | number)[], collection: string): Issue | undefined {
  const index = ids.findIndex((id) => !known.includes(id));
  const id = ids[index];
  return id === undefined ? undefined : { code: 'unknown_reference', path: [...path, index], id, collection };
}

const goalIds = (s: CaseState): string[] => [...(s.mainGoal ? [s.mainGoal.id] : []), ...s.specificGoals.map((g) => g.id)];

function goalRefs(state: CaseState, goal: Goal): Issue | undefined {
  return missing(state.problems.map((p) => p.id), goal.problemIds, ['payload', 'goal', 'problemIds'], 'problems');
}

function actionRefs(state: CaseState, action: Action): Issue | undefined {
  if (action.goalId === null || goalIds(state).includes(action.goalId)) return undefined;
  return { code: 'unknown_reference', path: ['payload', 'action', 'goalId'], id: action.goalId, collection: 'goals' };
}

/** Every id an event refers to names something the case already has. */
export function referencesExist(state: CaseState, event: CaseEvent): Issue | undefined {
  switch (event.type) {
    case 'problemDiagnosed':
      return missing(
        state.household.members.map((m) => m.person.id),
        event.payload.problem.personIds,
        ['payload', 'problem', 'personIds'],
        'household members',
      );
    case 'mainGoalSet':
    case 'specificGoalAdded':
      return goalRefs(state, event.payload.goal);
    case 'actionPlanned':
      return actionRefs(state, event.payload.action);
    case 'actionRevised':
      if (!state.actions.some((a) => a.id === event.payload.action.id)) {
        return { code: 'unknown_reference', path: ['payload', 'action', 'id'], id: event.payload.action.id, collection: 'actions' };
      }
      return actionRefs(state, event.payload.action);
    case 'actionProgressRecorded':
      return state.actions.some((a) => a.id === event.payload.actionId)
        ? undefined
        : { code: 'unknown_reference', path: ['payload', 'actionId'], id: event.payload.actionId, collection: 'actions' };
    case 'caseClosed':
      return missing(goalIds(state), event.payload.achievedGoalIds, ['payload', 'achievedGoalIds'], 'goals');
    default:
      return undefined;
  }
}
