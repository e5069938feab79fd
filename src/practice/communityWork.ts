import * as z from 'zod';
import { Actor } from '../case/actor.js';
import { Id } from '../case/id.js';
import { CivilDate } from '../law/civilDate.js';
import type { Issue } from '../issues/issue.js';
import { parseWith } from '../issues/fromZod.js';
import { type Result, fail, ok } from '../_lib/result.js';

/**
 * Community work the centre records as its own activity, tied to no case: outreach to homeless people in
 * places not meant for living (streetworking), a meeting with the local community, coordination of the
 * institutions of the area. Counts only, never names: persons reached are not identified here (a person
 * who accepts help gets a case of their own).
 *
 * @remarks Polish: praca socjalna ze społecznością lokalną (art. 45 u.p.s.: „w celu zapewnienia współpracy
 * i koordynacji działań instytucji i organizacji”); docieranie do osób bezdomnych w miejscach niemieszkalnych.
 * @example
 * ```ts
 * import { CommunityActivity } from 'praca-socjalna';
 * CommunityActivity.parse({
 *   id: 'sr-1', date: '2025-01-14', kind: 'communityOutreach', staff: [{ id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }],
 *   place: 'Działki przy ul. Polnej', personsReached: 3, institutionsInvolved: [], note: 'Przekazano informację o noclegowni',
 * });
 * ```
 * @category Practice
 */
export const CommunityActivity = z.strictObject({
  id: Id.describe('The id of the activity.'),
  date: CivilDate.describe('The day of the activity.'),
  kind: z.enum(['communityOutreach', 'communityMeeting', 'institutionalPartnership']).describe('Outreach, a community meeting or an institutional partnership (praca socjalna ze społecznością lokalną).'),
  staff: z.array(Actor).min(1).max(50).describe('The staff who took part, 1–50.'),
  place: z.string().min(1).max(300).describe('Where it took place.'),
  personsReached: z.int().min(0).max(100_000).describe('How many persons it reached.'),
  institutionsInvolved: z.array(z.string().min(1).max(300)).max(100).describe('The institutions that took part, by name.'),
  note: z.string().min(1).max(10_000).nullable().describe('A note, or null.'),
});
/** An activity of community work; see {@link CommunityActivity}. */
export type CommunityActivity = z.infer<typeof CommunityActivity>;

/**
 * Appends an activity to the centre's log of community work: validated, its id new, its date not before
 * the last one. Returns the new log; the given one is not changed. Never throws.
 *
 * @see {@link CommunityActivity} for the shape of `input` (JSON Schema `praca-socjalna/schemas/CommunityActivity.json`).
 * @example
 * ```ts
 * import { recordCommunityActivity } from 'praca-socjalna';
 * const r = recordCommunityActivity([], {
 *   id: 'sr-1', date: '2025-01-14', kind: 'communityOutreach', staff: [{ id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }],
 *   place: 'Dworzec', personsReached: 2, institutionsInvolved: [], note: null,
 * });
 * r.ok && r.value.length; //=> 1
 * ```
 * @category Practice
 */
export function recordCommunityActivity(log: readonly CommunityActivity[], input: unknown): Result<readonly CommunityActivity[], readonly Issue[]> {
  const parsed = parseWith(CommunityActivity, input);
  if (!parsed.ok) return fail(parsed.error);
  const a = parsed.value;
  const last = log[log.length - 1];
  if (last !== undefined && a.date < last.date) return fail([{ code: 'date_before_last_event', path: ['date'], date: a.date, lastEventDate: last.date }]);
  if (log.some((x) => x.id === a.id)) return fail([{ code: 'duplicate_id', path: ['id'], id: a.id, collection: 'community activities' }]);
  return ok([...log, a]);
}
