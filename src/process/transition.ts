import { digestOf, findReceipt, withReceipt } from '../machine/digest.js';
import { permissionIssue } from '../machine/machine.js';
import { type StepResult, stepFail, stepOk } from '../machine/result.js';
import { draftOf } from './draft.js';
import { processMachine } from './families/process.js';
import { type CaseEvent, type CaseEventInput, type CaseEventOf, parseEvent } from './registry.js';
import type { CaseState } from './state.js';
import { stepDraft } from './step.js';

/**
 * A value checked against the event types at compile time when it looks like an event (has a `type`),
 * and accepted as it is otherwise (`unknown`, JSON from a database): `'contractSinged'` does not compile.
 *
 * @example
 * ```ts
 * import { type EventArgument } from 'praca-socjalna';
 * type Checked = EventArgument<{ type: 'contractSinged' }>; // an event input, so the typo fails
 * ```
 * @category Process
 */
export type EventArgument<E> = unknown extends E ? E : [E] extends [{ readonly type: unknown }] ? ([E] extends [CaseEventInput] ? E : CaseEventInput) : E;

/**
 * The outcome of a step on a case: the new state and any notices, or the issues that refused it (the
 * given state unchanged).
 *
 * @example
 * ```ts
 * import { type TransitionResult } from 'praca-socjalna';
 * declare const r: TransitionResult;
 * if (!r.ok) r.error[0]?.code;
 * ```
 * @category Process
 */
export type TransitionResult = StepResult<CaseState>;

/** @internal The state a case starts in, from its `caseOpened` event. */
export function initialState(e: CaseEventOf<'caseOpened'>): CaseState {
  return {
    schemaVersion: 2,
    caseId: e.caseId,
    stage: 'intake',
    version: 1,
    openedOn: e.date,
    lastEventDate: e.date,
    owner: e.payload.owner,
    ownerHistory: [{ owner: e.payload.owner, from: e.date, eventId: e.id }],
    household: e.payload.household,
    interview: null,
    assessment: null,
    problems: [],
    resources: [],
    limitations: [],
    mainGoal: null,
    specificGoals: [],
    actions: [],
    contracts: [],
    withoutContractSince: null,
    procedures: [],
    team: [],
    authorisations: [],
    meetings: [],
    consents: [],
    referrals: [],
    claims: [],
    monitoring: [],
    stageHistory: [{ stage: 'intake', enteredOn: e.date, eventId: e.id }],
    closure: null,
    received: [{ id: e.id, digest: digestOf(e) }],
  };
}

/** @internal Opens a case from a validated event. */
export function openValidated(e: CaseEvent): TransitionResult {
  if (e.type !== 'caseOpened') return stepFail([{ code: 'case_not_opened', path: ['type'], eventType: e.type }]);
  const denied = permissionIssue('process', e.type, processMachine.permissions.caseOpened, e.actor.role, () => true);
  if (denied) return stepFail([denied]);
  const issues = processMachine.guards.caseOpened(draftOf(initialState(e)), e);
  return issues.length > 0 ? stepFail(issues) : stepOk(initialState(e));
}

/**
 * Opens a case from its first event, `caseOpened`: the start of intake and of the case's stream.
 *
 * @remarks Validates the event (household, owner, dates) and returns typed issues instead of throwing.
 * An event literal is type-checked against the event types; any other value is accepted and validated.
 * @see {@link CaseEvent} for the shape of the event (JSON Schema `praca-socjalna/schemas/CaseEvent.json`).
 * @example
 * ```ts
 * import { openCase } from 'praca-socjalna';
 * const r = openCase({
 *   schemaVersion: 2, id: 'e-1', caseId: 'c-1', date: '2025-01-08', type: 'caseOpened',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' },
 *   payload: {
 *     household: { id: 'h-1', kind: 'singlePerson', members: [
 *       { person: { id: 'p-1', firstName: 'Marek', lastName: 'Wiśniewski', birthDate: '1977-03-02' }, relation: 'applicant' },
 *     ] },
 *     owner: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, source: 'application', note: null,
 *   },
 * });
 * r.ok && r.value.stage; //=> 'intake'
 * ```
 * @category Process
 */
export function openCase<const E>(event: EventArgument<E>): TransitionResult {
  const parsed = parseEvent(event);
  return parsed.ok ? openValidated(parsed.value) : stepFail(parsed.error);
}

/**
 * Applies one event to a case: the pure transition of the case stream — the methodical process, a
 * contract, an art. 11 procedure or the team, whichever the event belongs to.
 *
 * @remarks Checks, in order: the event's schema; that it is for this case; its id (an event already
 * recorded with the same content is a no-op with the notice `already_recorded`; the same id with other
 * content is refused with `event_id_reused`); that the case is open and the date does not go back; the
 * table of the event's machine; who may record it (role and scope: owner, team member, contract party,
 * authorisation); the guards of the method and the law. Then it applies the event and lets the process
 * stage follow. Never throws; the given state is never changed; the cost does not depend on which
 * state object is passed (no memo).
 * @param state - The current state, as returned by {@link openCase}, {@link transition} or {@link replay}.
 * @param event - The event, as received (it is validated here).
 * @see {@link CaseEvent} for the shape of the event (JSON Schema `praca-socjalna/schemas/CaseEvent.json`).
 * @example
 * ```ts
 * import { transition, type CaseState } from 'praca-socjalna';
 * declare const state: CaseState; // at the intake stage
 * const r = transition(state, {
 *   schemaVersion: 2, id: 'e-2', caseId: state.caseId, date: '2025-01-10', type: 'interviewConducted',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' },
 *   payload: { summary: 'Wywiad środowiskowy w noclegowni', urgent: false },
 * });
 * if (r.ok) r.value.stage; //=> 'diagnosis'
 * ```
 * @category Process
 */
export function transition<const E>(state: CaseState, event: EventArgument<E>): TransitionResult {
  const parsed = parseEvent(event);
  if (!parsed.ok) return stepFail(parsed.error);
  const e = parsed.value;
  if (e.type === 'caseOpened' && e.caseId === state.caseId && findReceipt(state.received, e.id) === undefined) {
    return stepFail([{ code: 'case_already_opened', path: ['type'] }]);
  }
  const d = draftOf(state);
  let added: { id: string; digest: string } | undefined;
  const outcome = stepDraft(d, e, {
    find: (id) => findReceipt(state.received, id)?.digest,
    add: (id, digest) => {
      added = { id, digest };
    },
  });
  if (outcome === 'duplicate') return stepOk(state, [{ code: 'already_recorded', eventId: e.id, index: 0 }]);
  if (outcome !== undefined) return stepFail(outcome);
  if (added !== undefined) d.s.received = withReceipt(state.received, added);
  return stepOk(d.s);
}
