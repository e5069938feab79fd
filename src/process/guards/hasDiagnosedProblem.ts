import type { Issue } from '../../issues/issue.js';
import type { CaseState } from '../state.js';

/** No diagnosis is complete, and no goal is set, before at least one problem is diagnosed. */
export function hasDiagnosedProblem(state: CaseState): Issue | undefined {
  return state.problems.length > 0 ? undefined : { code: 'no_problem_diagnosed', path: ['type'] };
}
