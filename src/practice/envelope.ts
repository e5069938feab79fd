import * as z from 'zod';
import { envelope, eventOf } from '../case/eventEnvelope.js';
import { Id } from '../case/id.js';

/**
 * @internal The envelope of a practice event in a case stream, the same shape as every event of the
 * stream (`schemaVersion: 2`, `id`, `caseId`, civil `date`, `actor`, `type`, `payload`, optional audit
 * fields), so that the referral and benefit families join the stream's registry unchanged.
 */
export function caseEventOf<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return eventOf(type, payload);
}

/** @internal The envelope of an event of a group's own stream: as a case event, with `groupId` for `caseId`. */
export function groupEventOf<T extends string, P extends z.ZodType>(type: T, payload: P) {
  const { caseId: _caseId, ...common } = envelope;
  return z.strictObject({
    ...common,
    groupId: Id.describe('The group (grupa) the stream belongs to.'),
    type: z.literal(type).describe('The event type; it fixes the shape of `payload`.'),
    payload: payload.describe('What the event records; its fields depend on `type`.'),
  });
}
