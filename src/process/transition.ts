import { applicantOf } from '../case/household.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { type Result, fail, ok } from '../_lib/result.js';
import { applyEvent } from './apply.js';
import { CaseEvent, type CaseEventOf } from './events.js';
import { checkGuards } from './guards/index.js';
import type { Stage } from './stage.js';
import type { CaseState } from './state.js';
import { moveIssue, roleIssue } from './machineChecks.js';
import { carryMonitoringIds } from './monitoringIndex.js';
import { eventPermissions, processTable } from './table.js';

/**
 * The outcome of a step: the new state, or the issues that refused it (the old state stays as it was).
 *
 * @example
 * ```ts
 * import { type TransitionResult } from 'praca-socjalna';
 * declare const r: TransitionResult;
 * if (!r.ok) r.error[0]?.code;
 * ```
 * @category Process
 */
export type TransitionResult = Result<CaseState, readonly Issue[]>;

function permissionIssue(state: CaseState | undefined, event: CaseEvent): Issue | undefined {
  const rule = eventPermissions[event.type];
  const denied = roleIssue(rule.roles, event.actor.role, event.type);
  if (denied) return denied;
  // The head of the centre acts above ownership wherever the head is allowed at all.
  if (state && rule.ownerOnly && event.actor.role !== 'head' && event.actor.id !== state.owner.id) {
    return { code: 'not_case_owner', path: ['actor', 'id'], actorId: event.actor.id, ownerId: state.owner.id };
  }
  return undefined;
}

/**
 * Opens a case from its first event, `caseOpened`: the start of intake.
 *
 * @remarks Validates the event (household, owner, dates) and returns typed issues instead of throwing.
 * @example
 * ```ts
 * import { openCase } from 'praca-socjalna';
 * const r = openCase({
 *   schemaVersion: 1, id: 'e-1', caseId: 'c-1', date: '2025-01-08', type: 'caseOpened',
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
export function openCase(event: unknown): TransitionResult {
  const parsed = parseWith(CaseEvent, event);
  if (!parsed.ok) return fail(parsed.error);
  const e = parsed.value;
  if (e.type !== 'caseOpened') return fail([{ code: 'case_not_opened', path: ['type'], eventType: e.type }]);
  const denied = permissionIssue(undefined, e);
  if (denied) return fail([denied]);
  const { birthDate } = applicantOf(e.payload.household);
  if (e.date < birthDate) return fail([{ code: 'date_before_birth', path: ['date'], date: e.date, birthDate }]);
  return ok(initialState(e));
}

function initialState(e: CaseEventOf<'caseOpened'>): CaseState {
  return {
    schemaVersion: 1,
    caseId: e.caseId,
    stage: 'intake',
    version: 1,
    openedOn: e.date,
    lastEventDate: e.date,
    owner: e.payload.owner,
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
    monitoring: [],
    stageHistory: [{ stage: 'intake', enteredOn: e.date, eventId: e.id }],
    closure: null,
  };
}

/**
 * Applies one event to a case: the pure transition of the methodical-process machine.
 *
 * @remarks Checks, in order: the event's schema; that the case is open and the event is for it; that
 * the stage allows the event ({@link processTable}); that its date is not before the last event; the
 * actor's role and ownership ({@link eventPermissions}); then the guards of the method. Returns the new
 * state, or every issue found, and never throws on bad input. The given state is never changed.
 * @param state - The current state, as returned by {@link openCase}, {@link transition} or {@link replay}.
 * @param event - The event, as received (it is validated here).
 * @example
 * ```ts
 * import { transition, type CaseState } from 'praca-socjalna';
 * declare const state: CaseState; // at the intake stage
 * const r = transition(state, {
 *   schemaVersion: 1, id: 'e-2', caseId: state.caseId, date: '2025-01-10', type: 'interviewConducted',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' },
 *   payload: { summary: 'Wywiad środowiskowy w noclegowni', urgent: false },
 * });
 * if (r.ok) r.value.stage; //=> 'diagnosis'
 * ```
 * @category Process
 */
export function transition(state: CaseState, event: unknown): TransitionResult {
  const parsed = parseWith(CaseEvent, event);
  if (!parsed.ok) return fail(parsed.error);
  const e = parsed.value;
  if (state.stage === 'closed') return fail([{ code: 'case_closed', path: ['type'] }]);
  if (e.caseId !== state.caseId) {
    return fail([{ code: 'case_mismatch', path: ['caseId'], expected: state.caseId, actual: e.caseId }]);
  }
  if (e.type === 'caseOpened') return fail([{ code: 'case_already_opened', path: ['type'] }]);
  const move = moveIssue<Stage>(processTable[state.stage], state.stage, e.type, e.date, state.lastEventDate);
  if (move.issue) return fail([move.issue]);
  const next = move.next;
  const denied = permissionIssue(state, e);
  if (denied) return fail([denied]);
  const issues = checkGuards(state, e);
  if (issues.length > 0) return fail(issues);

  const applied = applyEvent(state, e);
  const result: CaseState = {
    ...applied,
    stage: next,
    version: state.version + 1,
    lastEventDate: e.date,
    stageHistory: next === state.stage ? state.stageHistory : [...state.stageHistory, { stage: next, enteredOn: e.date, eventId: e.id }],
  };
  carryMonitoringIds(state, result);
  return ok(result);
}
