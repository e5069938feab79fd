import * as z from 'zod';
import { SocialWorkForm } from '../../case/socialWorkForm.js';
import type { ActionStatus } from '../../case/action.js';
import { Id } from '../../case/id.js';
import { Attendance, FormOfWork, MeetingPlace } from '../../case/meeting.js';
import { ActionProgress, GoalProgress } from '../../case/monitoringEntry.js';
import { BreachGround } from '../../law/breachGround.js';
import { type Draft, ownItem, push } from '../draft.js';
import { eventsOf } from '../../case/eventEnvelope.js';

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
    place: MeetingPlace.nullable().describe('Where it took place (miejsce spotkania), or null.'),
    clientIds: z.array(Id).max(50).describe('The household members present, by person id (at most 50).'),
    staffIds: z.array(Id).max(50).describe('The staff present, by id (at most 50).'),
    attendance: Attendance.describe('Whether the meeting took place and the client came (obecność).'),
    formsOfWork: z.array(FormOfWork).max(5).describe('The forms of work used (formy pracy), at most 5.'),
    note: text.nullable().describe('The note of the meeting (notatka), or null.'),
    form: SocialWorkForm.optional().describe('The form of social work done at the meeting (forma pracy socjalnej), if recorded.'),
  }),
  actionProgressRecorded: z.strictObject({
    actionId: Id.describe('The action, by id.'),
    progress: ActionProgress.describe('How far it was done (stopień realizacji działania).'),
    text: text.describe('What was done (opis realizacji).'),
    justification: text.nullable().describe('Why it was not done, or null (uzasadnienie).'),
  }),
  goalProgressRecorded: z.strictObject({
    goalId: Id.describe('The goal, by id.'),
    progress: GoalProgress.describe('How far it was achieved (stopień osiągnięcia celu).'),
    text: text.describe('What shows it.'),
  }),
  monitoringNoteAdded: z.strictObject({
    kind: z.enum(['note', 'evaluation']).describe('A note or an evaluation of the plan (notatka, ocena realizacji planu).'),
    text: text.describe('The text of the entry (treść wpisu monitoringu).'),
  }),
  breachCircumstanceNoted: z.strictObject({
    ground: BreachGround.describe('Which art. 11 u.p.s. ground it may be.'),
    description: text.describe('What happened (opis okoliczności).'),
    evidence: z.array(z.string().min(1).max(1000)).max(100).describe('What documents it (dowody), at most 100 items.'),
  }),
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
