import * as z from 'zod';
import { Action } from '../../case/action.js';
import { ClosureReason } from '../../case/closure.js';
import { ClosureOutcome } from '../../case/closureOutcome.js';
import { Goal } from '../../case/goal.js';
import { Household } from '../../case/household.js';
import { Id } from '../../case/id.js';
import { Limitation } from '../../case/limitation.js';
import { Problem } from '../../case/problem.js';
import { Resource } from '../../case/resource.js';
import { type Draft, ownItem, push } from '../draft.js';
import { eventsOf } from '../../case/eventEnvelope.js';

const text = z.string().min(1).max(10_000);

/** The social worker who owns a case. */
const OwnerActor = z.strictObject({
  id: Id.describe('The id of the social worker.'),
  name: z.string().min(1).max(200).describe('The name shown on documents (imię i nazwisko pracownika socjalnego).'),
  role: z.literal('socialWorker').describe('Always a social worker (pracownik socjalny prowadzący).'),
});

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
    household: Household.describe('The household the case is about (gospodarstwo domowe).'),
    owner: OwnerActor.describe('The social worker who leads the case (pracownik socjalny prowadzący).'),
    source: z.enum(['application', 'exOfficio', 'referral']).describe('How the case started: on application, ex officio or on a referral (na wniosek, z urzędu, ze zgłoszenia).'),
    note: text.nullable().describe('A note on the opening, or null.'),
  }),
  interviewConducted: z.strictObject({
    summary: text.describe('The summary of the family community interview (rodzinny wywiad środowiskowy, art. 107 u.p.s.).'),
    urgent: z.boolean().describe('Whether it was urgent (pilny).'),
  }),
  problemDiagnosed: z.strictObject({ problem: Problem.describe('The problem diagnosed (diagnoza problemu).') }),
  diagnosisCompleted: z.strictObject({ assessment: text.describe('The assessment closing the diagnosis (ocena sytuacji).') }),
  resourceIdentified: z.strictObject({ resource: Resource.describe('The resource found (zasób).') }),
  resourcesCompleted: z.strictObject({}),
  limitationIdentified: z.strictObject({ limitation: Limitation.describe('The limitation found (ograniczenie).') }),
  limitationsCompleted: z.strictObject({}),
  mainGoalSet: z.strictObject({ goal: Goal.describe('The main goal (cel główny).') }),
  specificGoalAdded: z.strictObject({ goal: Goal.describe('A specific goal (cel szczegółowy).') }),
  actionPlanned: z.strictObject({ action: Action.describe('The action planned (działanie).') }),
  actionRevised: z.strictObject({ action: Action.describe('The action as revised; its id names the action planned before.') }),
  planStartedWithoutContract: z.strictObject({ note: text.describe('Why the plan starts without a contract (art. 11 ust. 2 u.p.s.).') }),
  planModified: z.strictObject({ reason: text.describe('Why the plan was modified (przyczyna modyfikacji planu).') }),
  situationChanged: z.strictObject({ description: text.describe('What changed in the situation (zmiana sytuacji).') }),
  caseReassigned: z.strictObject({ newOwner: OwnerActor.describe('The social worker who leads the case from now on.') }),
  caseClosed: z.strictObject({
    reason: ClosureReason.describe('Why the case is closed (przyczyna zakończenia).'),
    achievedGoalIds: z.array(Id).max(500).describe('The goals achieved (osiągnięte cele), by id.'),
    evaluation: text.describe('The final evaluation of the work (ocena końcowa).'),
    outcomes: z.array(ClosureOutcome).max(20).optional().describe('What came of the work (rezultaty), at most 20.'),
  }),
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
      s.closure = { date: e.date, reason: e.payload.reason, achievedGoalIds: e.payload.achievedGoalIds, evaluation: e.payload.evaluation, outcomes: e.payload.outcomes ?? [] };
      return;
  }
}
