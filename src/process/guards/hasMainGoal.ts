import type { Issue } from '../../issues/issue.js';
import type { CaseState } from '../state.js';

/** A contract (or IPWzB) needs a main goal. */
export function hasMainGoal(state: CaseState): Issue | undefined {
  return state.mainGoal !== null ? undefined : { code: 'no_main_goal', path: ['type'] };
}
