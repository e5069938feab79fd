import type { CaseState } from './state.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * @internal The private draft a step or a replay folds into. `s` is this fold's own shallow copy of the
 * state; `fresh` holds every array and object this fold created, which it may change in place. Anything
 * else is shared with a state someone else holds and is copied once before its first change
 * ({@link own}). A replay starts from a state it made itself, so nothing is ever copied twice: no
 * per-event copy of whole arrays. A single step copies only what it touches.
 */
export interface Draft {
  readonly s: Mutable<CaseState>;
  readonly fresh: WeakSet<object>;
}

/** @internal A draft over a state, sharing everything until changed. */
export function draftOf(state: CaseState): Draft {
  const fresh = new WeakSet<object>();
  const s = { ...state };
  fresh.add(s);
  return { s, fresh };
}

/** @internal A draft over a state this fold made itself: every container in it is its own. */
export function ownedDraft(state: CaseState): Draft {
  const d = draftOf(state);
  for (const value of Object.values(state)) if (Array.isArray(value)) d.fresh.add(value);
  return d;
}

/** @internal The draft's own version of `value`: itself if this fold made it, else a shallow copy, made once. */
export function own<T extends object>(d: Draft, value: T): T {
  if (d.fresh.has(value)) return value;
  const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T;
  d.fresh.add(copy);
  return copy;
}

/** @internal Appends to a top-level list of the state, copying it at most once per fold. */
export function push<K extends { [P in keyof CaseState]: CaseState[P] extends readonly unknown[] ? P : never }[keyof CaseState]>(
  d: Draft,
  key: K,
  item: CaseState[K][number],
): void {
  const list = own(d, d.s[key] as unknown[]);
  list.push(item);
  (d.s as Record<string, unknown>)[key] = list;
}

/** @internal Replaces the item at `index` of a top-level list with the draft's own copy of it, and returns that copy. */
export function ownItem<K extends 'contracts' | 'procedures' | 'team' | 'authorisations' | 'actions'>(d: Draft, key: K, index: number): Mutable<CaseState[K][number]> {
  const list = own(d, d.s[key] as object[]);
  (d.s as Record<string, unknown>)[key] = list;
  const item = own(d, list[index] as object);
  list[index] = item;
  return item as Mutable<CaseState[K][number]>;
}
