import type * as z from 'zod';
import type { Issue } from '../issues/issue.js';
import type { Machine } from '../machine/machine.js';
import type { Draft } from './draft.js';

/**
 * @internal A family of events in the case stream: its schemas, the machine its events move (table,
 * permissions, guards), where in the case an event finds that machine's state, and what it does to
 * the case (apply). A new family is a new file plus one line in the registry.
 */
export interface Family<E extends { readonly type: string }> {
  readonly schemas: readonly z.ZodObject[];
  // `any`: each family's machine has its own state and condition names; internal, never exported from the package.
  readonly machine: Machine<Draft, E, any, any, any>;
  /** The current state of the machine instance the event addresses, or why there is none. */
  readonly locate: (d: Draft, e: E) => { readonly state: string } | { readonly issue: Issue };
  /** Applies an accepted event; `next` is the machine's next state from its table. */
  readonly apply: (d: Draft, e: E, next: string) => void;
}
