import * as z from 'zod';
import { BreachGround } from '../law/breachGround.js';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from './actor.js';
import { Id } from './id.js';

/**
 * How far an action got, as monitoring records it: done, partly, not done, overdue.
 *
 * @remarks Polish: zrealizowane, zrealizowane częściowo, niezrealizowane, po terminie. `notDone` and
 * `overdue` are what art. 11 reads as possible breaches of a contract; a justification is the client's reason.
 * @example
 * ```ts
 * import { ActionProgress } from 'praca-socjalna';
 * ActionProgress.parse('partly');
 * ```
 * @category Case model
 */
export const ActionProgress = z.enum(['done', 'partly', 'notDone', 'overdue']);
/** Progress of an action; see {@link ActionProgress}. */
export type ActionProgress = z.infer<typeof ActionProgress>;

/**
 * How far a goal got: achieved, partly achieved, not achieved.
 *
 * @example
 * ```ts
 * import { GoalProgress } from 'praca-socjalna';
 * GoalProgress.parse('partlyAchieved');
 * ```
 * @category Case model
 */
export const GoalProgress = z.enum(['achieved', 'partlyAchieved', 'notAchieved']);
/** Progress of a goal; see {@link GoalProgress}. */
export type GoalProgress = z.infer<typeof GoalProgress>;

const base = {
  id: Id.describe('The id of the entry, unique in the case.'),
  date: CivilDate.describe('The day of the entry.'),
  author: Actor.describe('Who wrote the entry.'),
  text: z.string().min(1).max(10_000).meta({ sensitivity: 'freeText', personalData: 'text', description: 'The text of the entry (treść wpisu monitoringu).' }),
};

/**
 * A monitoring entry: a note, an evaluation, progress on an action or a goal, or an art. 11
 * circumstance noted. Its id is the id of the event that recorded it, so it never collides.
 *
 * @remarks Polish: „monitorowanie, ocena realizacji”. Meetings are recorded apart, as {@link Meeting}s.
 * `breachCircumstance` is a circumstance of art. 11 u.p.s. the worker noted (e.g. a benefit used against
 * its purpose); the art. 11 rules read it.
 * @example
 * ```ts
 * import { MonitoringEntry } from 'praca-socjalna';
 * MonitoringEntry.parse({
 *   kind: 'note', id: 'e-41', date: '2025-02-07', author: { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' },
 *   text: 'Rozmowa telefoniczna z klientem',
 * });
 * ```
 * @category Case model
 */
export const MonitoringEntry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('note').describe('A note (notatka).'), ...base }),
  z.strictObject({ kind: z.literal('evaluation').describe('An evaluation of the plan (ocena realizacji planu).'), ...base }),
  z.strictObject({
    kind: z.literal('actionProgress').describe('The progress of one action (realizacja działania).'),
    ...base,
    actionId: Id.describe('The action, by id.'),
    progress: ActionProgress.describe('How far it was done.'),
    justification: z.string().min(1).max(10_000).nullable().meta({ sensitivity: 'freeText', personalData: 'text', description: 'Why it was not done, or null (uzasadnienie).' }),
  }),
  z.strictObject({
    kind: z.literal('goalProgress').describe('The progress towards one goal (stopień osiągnięcia celu).'),
    ...base,
    goalId: Id.describe('The goal, by id.'),
    progress: GoalProgress.describe('How far it was achieved.'),
  }),
  z.strictObject({
    kind: z.literal('breachCircumstance').describe('A circumstance that may be a ground of art. 11 u.p.s. (okoliczność z art. 11).'),
    ...base,
    ground: BreachGround.describe('Which art. 11 ground it may be.'),
    evidence: z
      .array(z.string().min(1).max(1000).meta({ sensitivity: 'freeText', personalData: 'text' }))
      .max(100)
      .describe('What documents it (dowody), at most 100 items.'),
  }),
]);
/** A monitoring entry; see {@link MonitoringEntry}. */
export type MonitoringEntry = z.infer<typeof MonitoringEntry>;
