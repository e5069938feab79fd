import * as z from 'zod';
import { Actor } from '../case/actor.js';
import { Id } from '../case/id.js';
import { CivilDate } from '../law/civilDate.js';

/**
 * @internal The envelope of a practice event in a case stream, the same shape as every event of the
 * stream (`schemaVersion: 2`, `id`, `caseId`, civil `date`, `actor`, `type`, `payload`, optional audit
 * fields), so that the referral and benefit families join the stream's registry unchanged.
 */
export function caseEventOf<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.strictObject({
    schemaVersion: z.literal(2),
    id: Id,
    caseId: Id,
    date: CivilDate,
    actor: Actor,
    recordedAt: z.iso.datetime({ offset: true }).optional(),
    recordedBy: Id.optional(),
    type: z.literal(type),
    payload,
  });
}

/** @internal The envelope of an event of a group's own stream: as a case event, with `groupId` for `caseId`. */
export function groupEventOf<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.strictObject({
    schemaVersion: z.literal(2),
    id: Id,
    groupId: Id,
    date: CivilDate,
    actor: Actor,
    recordedAt: z.iso.datetime({ offset: true }).optional(),
    recordedBy: Id.optional(),
    type: z.literal(type),
    payload,
  });
}
