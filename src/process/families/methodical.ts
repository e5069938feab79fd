import * as z from 'zod';
import { Action } from '../../case/action.js';
import { ClosureReason } from '../../case/closure.js';
import { Goal } from '../../case/goal.js';
import { Household } from '../../case/household.js';
import { Id } from '../../case/id.js';
import { Limitation } from '../../case/limitation.js';
import { Problem } from '../../case/problem.js';
import { Resource } from '../../case/resource.js';
import { type Draft, ownItem, push } from '../draft.js';
import { eventsOf } from '../envelope.js';

const text = z.string().min(1).max(10_000);

/** The social worker who owns a case. */
const OwnerActor = z.strictObject({ id: Id, name: z.string().min(1).max(200), role: z.literal('socialWorker') });

/**
 * The payloads of the methodical process, by event type: intake, diagnosis, resources, limitations,
 * goals and actions, the plan without a contract, modification, reassignment and closure.
 *
 * @example
 * ```ts
 * import { methodicalPayloads } from 'praca-socjalna';
 * methodicalPayloads.interviewConducted.parse({ summary: 'Wywiad w noclegowni', urgent: false });
 * ```
 * @category Process
 */
export const methodicalPayloads = {
  caseOpened: z.strictObject({
    household: Household,
    owner: OwnerActor,
    source: z.enum(['application', 'exOfficio', 'referral']),
    note: text.nullable(),
  }),
  interviewConducted: z.strictObject({ summary: text, urgent: z.boolean() }),
  problemDiagnosed: z.strictObject({ problem: Problem }),
  diagnosisCompleted: z.strictObject({ assessment: text }),
  resourceIdentified: z.strictObject({ resource: Resource }),
  resourcesCompleted: z.strictObject({}),
  limitationIdentified: z.strictObject({ limitation: Limitation }),
  limitationsCompleted: z.strictObject({}),
  mainGoalSet: z.strictObject({ goal: Goal }),
  specificGoalAdded: z.strictObject({ goal: Goal }),
  actionPlanned: z.strictObject({ action: Action }),
  actionRevised: z.strictObject({ action: Action }),
  planStartedWithoutContract: z.strictObject({ note: text }),
  planModified: z.strictObject({ reason: text }),
  situationChanged: z.strictObject({ description: text }),
  caseReassigned: z.strictObject({ newOwner: OwnerActor }),
  caseClosed: z.strictObject({ reason: ClosureReason, achievedGoalIds: z.array(Id).max(500), evaluation: text }),
} as const;

/** @internal The event schemas of the methodical process. */
export const methodicalEvents = eventsOf(methodicalPayloads);
/** @internal An event of the methodical process. */
export type MethodicalEvent = z.output<(typeof methodicalEvents)[keyof typeof methodicalEvents]>;

/** @internal What an accepted methodical event does to the case (the stage is set by the step). */
export function applyMethodical(d: Draft, e: MethodicalEvent): void {
  const s = d.s;
  switch (e.type) {
    case 'caseOpened':
      return; // the initial state is built from it
    case 'interviewConducted':
      s.interview = { date: e.date, summary: e.payload.summary, urgent: e.payload.urgent };
      return;
    case 'problemDiagnosed':
      return push(d, 'problems', e.payload.problem);
    case 'diagnosisCompleted':
      s.assessment = e.payload.assessment;
      return;
    case 'resourceIdentified':
      return push(d, 'resources', e.payload.resource);
    case 'limitationIdentified':
      return push(d, 'limitations', e.payload.limitation);
    case 'resourcesCompleted':
    case 'limitationsCompleted':
    case 'planModified':
    case 'situationChanged':
      return; // they move the stage only; the reason is in the stream
    case 'mainGoalSet':
      s.mainGoal = e.payload.goal;
      return;
    case 'specificGoalAdded':
      return push(d, 'specificGoals', e.payload.goal);
    case 'actionPlanned':
      return push(d, 'actions', e.payload.action);
    case 'actionRevised': {
      const i = s.actions.findIndex((a) => a.id === e.payload.action.id);
      const list = ownItem(d, 'actions', i);
      Object.assign(list, e.payload.action);
      return;
    }
    case 'planStartedWithoutContract':
      s.withoutContractSince = e.date;
      return push(d, 'monitoring', { kind: 'note', id: e.id, date: e.date, author: e.actor, text: e.payload.note });
    case 'caseReassigned':
      s.owner = e.payload.newOwner;
      return push(d, 'ownerHistory', { owner: e.payload.newOwner, from: e.date, eventId: e.id });
    case 'caseClosed':
      s.closure = { date: e.date, reason: e.payload.reason, achievedGoalIds: e.payload.achievedGoalIds, evaluation: e.payload.evaluation };
      return;
  }
}
