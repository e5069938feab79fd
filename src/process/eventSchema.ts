import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from '../case/actor.js';
import { Id } from '../case/id.js';

/**
 * @internal The schema builder of one family of events (the case's, a contract's, an art. 11
 * procedure's): every event has `schemaVersion: 1`, an `id`, the id of the log it belongs to under
 * `logKey`, a civil `date`, an `actor`, a literal `type` and a `payload`.
 */
export function eventSchemaFor<K extends string>(logKey: K) {
  const common = { schemaVersion: z.literal(1), id: Id, date: CivilDate, actor: Actor };
  return <T extends string, P extends z.ZodType>(type: T, payload: P) =>
    z.strictObject({ ...common, ...({ [logKey]: Id } as { [key in K]: typeof Id }), type: z.literal(type), payload });
}
