import type { CivilDate } from '../law/civilDate.js';
import type { Issue } from '../issues/issue.js';

/**
 * @internal The two checks every machine of the SDK makes before its own guards: the table allows the
 * event at this stage, and the log's dates do not go backwards. Shared by the process, contract and
 * art. 11 machines so that they refuse in the same words.
 */
export function moveIssue<S extends string>(
  moves: Partial<Record<string, S>>,
  stage: string,
  eventType: string,
  date: CivilDate,
  lastEventDate: CivilDate,
): { readonly next: S; readonly issue?: undefined } | { readonly next?: undefined; readonly issue: Issue } {
  const next = moves[eventType];
  if (next === undefined) {
    return { issue: { code: 'transition_not_allowed', path: ['type'], stage, eventType, allowed: Object.keys(moves) } };
  }
  if (date < lastEventDate) return { issue: { code: 'date_before_last_event', path: ['date'], date, lastEventDate } };
  return { next };
}

/** @internal The role check every machine makes: the actor's role is among those allowed to record the event. */
export function roleIssue(allowed: readonly string[], role: string, eventType: string): Issue | undefined {
  return allowed.includes(role) ? undefined : { code: 'role_not_allowed', path: ['actor', 'role'], role, eventType, allowed };
}
