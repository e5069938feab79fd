import * as z from 'zod';
import { BreachGround } from '../law/breachGround.js';
import { CivilDate } from '../law/civilDate.js';
import { Action } from '../case/action.js';
import { ClosureReason } from '../case/closure.js';
import { Goal } from '../case/goal.js';
import { Household } from '../case/household.js';
import { Id } from '../case/id.js';
import { Limitation } from '../case/limitation.js';
import { Problem } from '../case/problem.js';
import { Resource } from '../case/resource.js';
import { eventSchemaFor } from './eventSchema.js';

/**
 * The kinds of plan a case can run on.
 *
 * @remarks `socialContract`: kontrakt socjalny (art. 108 u.p.s.); `homelessnessExitProgramme`: indywidualny
 * program wychodzenia z bezdomności, IPWzB (art. 49); `familyWorkPlan`: plan pracy z rodziną of a family
 * assistant (Act of 9 June 2011).
 * @example
 * ```ts
 * import { PlanKind } from 'praca-socjalna';
 * PlanKind.parse('homelessnessExitProgramme');
 * ```
 * @category Process
 */
export const PlanKind = z.enum(['socialContract', 'homelessnessExitProgramme', 'familyWorkPlan']);
/** A kind of plan; see {@link PlanKind}. */
export type PlanKind = z.infer<typeof PlanKind>;

/** The social worker who owns a case. */
const OwnerActor = z.strictObject({ id: Id, name: z.string().min(1), role: z.literal('socialWorker') });

const event = eventSchemaFor('caseId');

const empty = z.strictObject({});

/** Every event of the methodical process, one schema each, discriminated by `type`. */
const eventSchemas = [
  event(
    'caseOpened',
    z.strictObject({
      household: Household,
      owner: OwnerActor,
      source: z.enum(['application', 'exOfficio', 'referral']),
      note: z.string().min(1).nullable(),
    }),
  ),
  event('interviewConducted', z.strictObject({ summary: z.string().min(1), urgent: z.boolean() })),
  event('problemDiagnosed', z.strictObject({ problem: Problem })),
  event('diagnosisCompleted', z.strictObject({ assessment: z.string().min(1) })),
  event('resourceIdentified', z.strictObject({ resource: Resource })),
  event('resourcesCompleted', empty),
  event('limitationIdentified', z.strictObject({ limitation: Limitation })),
  event('limitationsCompleted', empty),
  event('mainGoalSet', z.strictObject({ goal: Goal })),
  event('specificGoalAdded', z.strictObject({ goal: Goal })),
  event('actionPlanned', z.strictObject({ action: Action })),
  event('actionRevised', z.strictObject({ action: Action })),
  event('contractProposed', z.strictObject({ kind: PlanKind })),
  event(
    'contractSigned',
    z.strictObject({
      contractId: Id,
      validFrom: CivilDate,
      validTo: CivilDate,
      clientSignature: z.strictObject({ personId: Id, date: CivilDate }),
    }),
  ),
  event('contractRefused', z.strictObject({ reason: z.string().min(1).nullable() })),
  event('planStartedWithoutContract', z.strictObject({ note: z.string().min(1) })),
  event(
    'monitoringNoteAdded',
    z.strictObject({ entryId: Id, kind: z.enum(['meeting', 'note', 'evaluation']), text: z.string().min(1) }),
  ),
  event(
    'actionProgressRecorded',
    z.strictObject({
      entryId: Id,
      actionId: Id,
      status: z.enum(['inProgress', 'done', 'missed']),
      text: z.string().min(1),
      justification: z.string().min(1).nullable(),
    }),
  ),
  event(
    'circumstanceObserved',
    z.strictObject({ entryId: Id, ground: BreachGround, description: z.string().min(1), evidence: z.array(z.string().min(1)) }),
  ),
  event('planModified', z.strictObject({ reason: z.string().min(1) })),
  event('situationChanged', z.strictObject({ description: z.string().min(1) })),
  event('caseReassigned', z.strictObject({ newOwner: OwnerActor })),
  event(
    'caseClosed',
    z.strictObject({ reason: ClosureReason, achievedGoalIds: z.array(Id), evaluation: z.string().min(1) }),
  ),
] as const;

/**
 * An event of the methodical process: what happened to a case, on which civil date, done by whom.
 *
 * @remarks Events are the source of truth: the case state is {@link replay} of its events. Every event
 * carries `schemaVersion: 1`, an `id` chosen by the integrator, the `caseId`, a `date`, an `actor` with a
 * role, a `type` and a `payload`. The log is append-only and dates never go backwards.
 * @example
 * ```ts
 * import { CaseEvent } from 'praca-socjalna';
 * const e: CaseEvent = CaseEvent.parse({
 *   schemaVersion: 1, id: 'e-2', caseId: 'c-1', date: '2025-01-10', type: 'interviewConducted',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' },
 *   payload: { summary: 'Wywiad w noclegowni', urgent: false },
 * });
 * ```
 * @category Process
 */
export const CaseEvent = z.discriminatedUnion('type', eventSchemas);
/** An event of the methodical process; see {@link CaseEvent}. */
export type CaseEvent = z.infer<typeof CaseEvent>;

/**
 * The `type` of a {@link CaseEvent}.
 *
 * @example
 * ```ts
 * import { type CaseEventType } from 'praca-socjalna';
 * const t: CaseEventType = 'contractSigned';
 * ```
 * @category Process
 */
export type CaseEventType = CaseEvent['type'];

/**
 * The event of one type.
 *
 * @example
 * ```ts
 * import { type CaseEventOf } from 'praca-socjalna';
 * type Signed = CaseEventOf<'contractSigned'>; // payload has contractId, validFrom, validTo, clientSignature
 * ```
 * @category Process
 */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/**
 * All event types, in the order of the method.
 *
 * @example
 * ```ts
 * import { caseEventTypes } from 'praca-socjalna';
 * caseEventTypes.includes('caseOpened'); //=> true
 * ```
 * @category Process
 */
export const caseEventTypes: readonly CaseEventType[] = eventSchemas.map((s) => s.shape.type.value);
