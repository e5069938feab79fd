import { type Result, fail } from '../_lib/result.js';
import type { ReplayError } from '../machine/result.js';
import type { CaseState } from './state.js';
import { openCase, transition } from './transition.js';


/**
 * Rebuilds the state of a case from its event log: `openCase` on the first event, then `transition`
 * on each of the others.
 *
 * @remarks Deterministic: the same log gives the same state, byte for byte; replaying the log that
 * produced a state gives that state. Stops at the first refused event and says which it was.
 * @example
 * ```ts
 * import { replay } from 'praca-socjalna';
 * const r = replay([]);
 * r.ok; //=> false (an empty log has no case)
 * ```
 * @category Process
 */
export function replay(events: readonly unknown[]): Result<CaseState, ReplayError> {
  const [first, ...rest] = events;
  if (first === undefined) return fail({ index: 0, issues: [{ code: 'empty_log', path: [] }] });
  let result = openCase(first);
  if (!result.ok) return fail({ index: 0, issues: result.error });
  let index = 1;
  for (const event of rest) {
    const next = transition(result.value, event);
    if (!next.ok) return fail({ index, issues: next.error });
    result = next;
    index += 1;
  }
  return result;
}
