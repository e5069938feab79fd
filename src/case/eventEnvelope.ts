import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from './actor.js';
import { Id } from './id.js';

/**
 * @internal What every event of a case stream has: `schemaVersion: 2`, an `id` unique in the stream, the
 * `caseId`, the civil `date` of the fact, the `actor`, a literal `type` and a `payload`; optionally, for
 * the audit trail, when it was recorded (`recordedAt`, an ISO timestamp the caller supplies) and by which
 * user account (`recordedBy`).
 */
export const envelope = {
  schemaVersion: z.literal(2).describe('The version of the event shape: 2 (older streams are upcast by `upcastStream`).'),
  id: Id.describe('The id of the event, unique in the stream: an event appended twice with the same id is recorded once.'),
  caseId: Id.describe('The case (sprawa) the stream belongs to.'),
  date: CivilDate.describe('The civil day of the fact the event records, not the day it was typed in.'),
  actor: Actor.describe('Who did it (the staff member acting).'),
  recordedAt: z.iso.datetime({ offset: true }).optional().describe('When it was recorded, an ISO timestamp with offset, for the audit trail; supplied by the caller.'),
  recordedBy: Id.optional().describe('The user account that recorded it, for the audit trail.'),
};

/** @internal The schema of one event type of the case stream. */
export function eventOf<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.strictObject({
    ...envelope,
    type: z.literal(type).describe('The event type; it fixes the shape of `payload`.'),
    payload: payload.describe('What the event records; its fields depend on `type`.'),
  });
}

/** @internal The schemas of a family, one per event type, from its payloads. */
export function eventsOf<const P extends Record<string, z.ZodType>>(payloads: P): { readonly [T in keyof P & string]: ReturnType<typeof eventOf<T, P[T]>> } {
  const out: Record<string, z.ZodType> = {};
  for (const [type, payload] of Object.entries(payloads)) out[type] = eventOf(type, payload);
  return out as never;
}
