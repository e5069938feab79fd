import type { Issue } from '../../issues/issue.js';
import type { CaseState } from '../state.js';

/** A contract needs at least one live action with a responsible party and a deadline. */
export function hasReadyAction(state: CaseState): Issue | undefined {
  const ready = state.actions.some((a) => a.responsible !== null && a.deadline !== null && a.status !== 'cancelled');
  return ready ? undefined : { code: 'no_ready_action', path: ['type'] };
}
