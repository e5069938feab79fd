import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from './actor.js';
import { Id } from './id.js';

/**
 * A monitoring entry: a meeting, a note, an evaluation, or progress on an action.
 *
 * @remarks Polish: „monitorowanie, ocena realizacji”. Assistants' roles in the Sopot material —
 * accompanying, supporting, observing, motivating, monitoring — are written here. `justification` is the
 * reason given for a missed action (art. 11 rules read it: a justified reason removes a breach).
 * `observation` records a circumstance of art. 11 the worker noted (e.g. a benefit used against its purpose).
 * @example
 * ```ts
 * import { MonitoringEntry } from 'praca-socjalna';
 * MonitoringEntry.parse({
 *   id: 'm-1', date: '2025-02-07', author: { id: 'as-1', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' },
 *   kind: 'meeting', text: 'Spotkanie w schronisku', actionId: null, justification: null,
 * });
 * ```
 * @category Case model
 */
export const MonitoringEntry = z.strictObject({
  id: Id,
  date: CivilDate,
  author: Actor,
  kind: z.enum(['meeting', 'note', 'evaluation', 'actionProgress', 'observation']),
  text: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text' }),
  actionId: Id.nullable(),
  justification: z.string().min(1).nullable().meta({ sensitivity: 'freeText', personalData: 'text' }),
});
/** A monitoring entry; see {@link MonitoringEntry}. */
export type MonitoringEntry = z.infer<typeof MonitoringEntry>;
