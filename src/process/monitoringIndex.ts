import type { CaseState } from './state.js';

/**
 * @internal A memo of the monitoring entry ids of a state, so that checking a new entry's id is O(1)
 * instead of a scan of every earlier entry: the one collection of a case that grows without bound.
 *
 * Not observable: a state's index is always exactly the ids of its `monitoring` array. When a step makes
 * a new state, the index moves to it (and is rebuilt on demand if the older state is stepped from again),
 * so a log replays in linear time.
 */
const indexes = new WeakMap<CaseState, Set<string>>();

/** @internal The ids of a state's monitoring entries. */
export function monitoringIds(state: CaseState): ReadonlySet<string> {
  let ids = indexes.get(state);
  if (ids === undefined || ids.size !== state.monitoring.length) {
    ids = new Set(state.monitoring.map((m) => m.id));
    indexes.set(state, ids);
  }
  return ids;
}

/** @internal Moves the index of `previous` to `next`, adding the entries `next` appended. */
export function carryMonitoringIds(previous: CaseState, next: CaseState): void {
  if (next.monitoring === previous.monitoring) {
    const ids = indexes.get(previous);
    if (ids !== undefined) indexes.set(next, ids);
    return;
  }
  const ids = indexes.get(previous);
  if (ids === undefined || ids.size !== previous.monitoring.length) return;
  for (let i = previous.monitoring.length; i < next.monitoring.length; i++) ids.add((next.monitoring[i] as { id: string }).id);
  indexes.delete(previous);
  indexes.set(next, ids);
}
