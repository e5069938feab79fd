import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from '../case/actor.js';
import { Id } from '../case/id.js';

/**
 * @internal What every event of a case stream has: `schemaVersion: 2`, an `id` unique in the stream, the
 * `caseId`, the civil `date` of the fact, the `actor`, a literal `type` and a `payload`; optionally, for
 * the audit trail, when it was recorded (`recordedAt`, an ISO timestamp the caller supplies) and by which
 * user account (`recordedBy`).
 */
export const envelope = {
  schemaVersion: z.literal(2),
  id: Id,
  caseId: Id,
  date: CivilDate,
  actor: Actor,
  recordedAt: z.iso.datetime({ offset: true }).optional(),
  recordedBy: Id.optional(),
};

/** @internal The schema of one event type of the case stream. */
export function eventOf<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.strictObject({ ...envelope, type: z.literal(type), payload });
}

/** @internal The schemas of a family, one per event type, from its payloads. */
export function eventsOf<const P extends Record<string, z.ZodType>>(payloads: P): { readonly [T in keyof P & string]: ReturnType<typeof eventOf<T, P[T]>> } {
  const out: Record<string, z.ZodType> = {};
  for (const [type, payload] of Object.entries(payloads)) out[type] = eventOf(type, payload);
  return out as never;
}
