import * as z from 'zod';
import { SocialWorkForm } from '../../case/socialWorkForm.js';
import type { ActionStatus } from '../../case/action.js';
import { Id } from '../../case/id.js';
import { Attendance, FormOfWork, MeetingPlace } from '../../case/meeting.js';
import { ActionProgress, GoalProgress } from '../../case/monitoringEntry.js';
import { BreachGround } from '../../law/breachGround.js';
import { type Draft, ownItem, push } from '../draft.js';
import { eventsOf } from '../envelope.js';

const text = z.string().min(1).max(10_000);

/**
 * The payloads of monitoring, by event type: meetings (place, who took part, attendance, the assistant's
 * forms of work), progress of actions and goals, notes, and art. 11 circumstances noted. The entry a
 * payload makes takes the id of its event.
 *
 * @example
 * ```ts
 * import { monitoringPayloads } from 'praca-socjalna';
 * monitoringPayloads.meetingRecorded.parse({
 *   place: 'shelter', clientIds: ['p-marek'], staffIds: ['as-piotr'], attendance: 'attended',
 *   formsOfWork: ['accompanying', 'motivating'], note: null,
 * });
 * ```
 * @category Process
 */
export const monitoringPayloads = {
  meetingRecorded: z.strictObject({
    /** `null`: not recorded (a meeting carried over from 0.1, which kept meetings as free text). */
    place: MeetingPlace.nullable(),
    clientIds: z.array(Id).max(50),
    staffIds: z.array(Id).max(50),
    attendance: Attendance,
    formsOfWork: z.array(FormOfWork).max(5),
    note: text.nullable(),
    form: SocialWorkForm.optional(),
  }),
  actionProgressRecorded: z.strictObject({ actionId: Id, progress: ActionProgress, text, justification: text.nullable() }),
  goalProgressRecorded: z.strictObject({ goalId: Id, progress: GoalProgress, text }),
  monitoringNoteAdded: z.strictObject({ kind: z.enum(['note', 'evaluation']), text }),
  breachCircumstanceNoted: z.strictObject({ ground: BreachGround, description: text, evidence: z.array(z.string().min(1).max(1000)).max(100) }),
} as const;

/** @internal The event schemas of monitoring. */
export const monitoringEvents = eventsOf(monitoringPayloads);
/** @internal A monitoring event. */
export type MonitoringEvent = z.output<(typeof monitoringEvents)[keyof typeof monitoringEvents]>;

/** How progress sets an action's status: not done and overdue are both missed. */
const statusFor: Record<ActionProgress, ActionStatus> = { done: 'done', partly: 'inProgress', notDone: 'missed', overdue: 'missed' };

/** @internal What an accepted monitoring event does to the case. */
export function applyMonitoring(d: Draft, e: MonitoringEvent): void {
  // Entries are built field by field (no spread): one shape per kind, cheap on a long stream.
  const { id, date, actor: author } = e;
  switch (e.type) {
    case 'meetingRecorded': {
      const p = e.payload;
      return push(d, 'meetings', { id, date, author, place: p.place, clientIds: p.clientIds, staffIds: p.staffIds, attendance: p.attendance, formsOfWork: p.formsOfWork, note: p.note, ...(p.form === undefined ? {} : { form: p.form }) });
    }
    case 'actionProgressRecorded': {
      const { actionId, progress, text: t, justification } = e.payload;
      const i = d.s.actions.findIndex((a) => a.id === actionId);
      ownItem(d, 'actions', i).status = statusFor[progress];
      return push(d, 'monitoring', { kind: 'actionProgress', id, date, author, text: t, actionId, progress, justification });
    }
    case 'goalProgressRecorded':
      return push(d, 'monitoring', { kind: 'goalProgress', id, date, author, text: e.payload.text, goalId: e.payload.goalId, progress: e.payload.progress });
    case 'monitoringNoteAdded':
      return push(d, 'monitoring', { kind: e.payload.kind, id, date, author, text: e.payload.text });
    case 'breachCircumstanceNoted':
      return push(d, 'monitoring', { kind: 'breachCircumstance', id, date, author, text: e.payload.description, ground: e.payload.ground, evidence: e.payload.evidence });
  }
}
