import type { Issue } from '../issues/issue.js';
import { digestOf } from '../machine/digest.js';
import { followState, nextState, permissionIssue, type Scope } from '../machine/machine.js';
import { contractOf } from './families/contract.js';
import { processMachine } from './families/process.js';
import { authorisationOn, isOnTeam } from './families/teamAccess.js';
import { type Draft, push } from './draft.js';
import type { Stage } from './stage.js';
import { familyOf, type CaseEvent } from './registry.js';

/** @internal Where a fold keeps the ids it has seen: a map during a replay, the state's sorted receipts for a single step. */
export interface Receipts {
  find(id: string): string | undefined;
  add(id: string, digest: string): void;
}

/** Whether the actor of an event is within a scope, read from the stream (owner, team, contract party, authorisation). */
function holds(d: Draft, scope: Exclude<Scope, 'anyoneOfRole'>, e: CaseEvent): boolean {
  const { id, role } = e.actor;
  switch (scope) {
    case 'owner':
      return d.s.owner.id === id && role === 'socialWorker';
    case 'teamMember':
      return isOnTeam(d, id, role);
    case 'contractParty':
      if (e.type === 'contractDrafted') return e.payload.parties.worker.id === id && isOnTeam(d, id, role);
      return 'contractId' in e.payload && contractOf(d, e.payload.contractId)?.contract.parties.worker.id === id;
    case 'authorised':
      return authorisationOn(d, id, e.date) !== undefined;
  }
}

/**
 * @internal One event folded into a draft: the stream's checks (case, closure, id, date), then the
 * machine of the event's family (where it is, its table, who may, its guards), then apply and the
 * process stage following. Returns the issues that refuse it, `'duplicate'` for an event already
 * recorded with the same content, or `undefined` when applied. The draft is untouched when refused.
 */
export function stepDraft(d: Draft, e: CaseEvent, receipts: Receipts): readonly Issue[] | 'duplicate' | undefined {
  const s = d.s;
  if (e.caseId !== s.caseId) return [{ code: 'case_mismatch', path: ['caseId'], expected: s.caseId, actual: e.caseId }];
  const digest = digestOf(e);
  const seen = receipts.find(e.id);
  if (seen !== undefined) return seen === digest ? 'duplicate' : [{ code: 'event_id_reused', path: ['id'] }];
  if (s.stage === 'closed') return [{ code: 'case_closed', path: ['type'] }];
  if (e.date < s.lastEventDate) return [{ code: 'date_before_last_event', path: ['date'], date: e.date, lastEventDate: s.lastEventDate }];
  const family = familyOf.get(e.type);
  if (family === undefined) return [{ code: 'case_already_opened', path: ['type'] }]; // only caseOpened has no family step
  const located = family.locate(d, e);
  if ('issue' in located) return [located.issue];
  const machine = family.machine;
  let next: string;
  if (machine.start === e.type) next = machine.initial;
  else {
    const move = nextState(machine, located.state, e, d);
    if ('issue' in move) return [move.issue];
    next = move.next;
  }
  const denied = permissionIssue(machine.name, e.type, machine.permissions[e.type], e.actor.role, (scope) => holds(d, scope, e));
  if (denied) return [denied];
  const guard = machine.guards[e.type] as (d: Draft, e: CaseEvent) => readonly Issue[];
  const issues = guard(d, e);
  if (issues.length > 0) return issues;
  const stage = machine === processMachine ? (next as Stage) : followState(processMachine, s.stage, e as Parameters<typeof processMachine.conditions.contractComesIntoForce>[1], d);
  family.apply(d, e, next);
  if (stage !== s.stage) {
    s.stage = stage;
    push(d, 'stageHistory', { stage, enteredOn: e.date, eventId: e.id });
  }
  s.version += 1;
  s.lastEventDate = e.date;
  receipts.add(e.id, digest);
  return undefined;
}
