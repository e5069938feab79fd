import { match } from 'ts-pattern';
import { type Result, fail, ok } from '../_lib/result.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { moveIssue, roleIssue } from '../process/machineChecks.js';
import { ContractEvent, type ContractEventOf } from './contractEvents.js';
import type { ContractState, ContractStatus } from './contractState.js';
import { approvalRequired, contractPermissions, contractTable } from './contractTable.js';
import { amendmentIsValid } from './guards/amendmentIsValid.js';
import { contentIsCoherent } from './guards/contentIsCoherent.js';
import { kindMatches } from './guards/kindMatches.js';
import { signatureIsValid } from './guards/signatureIsValid.js';

/**
 * The outcome of a contract step: the new state, or the issues that refused it (the old state unchanged).
 *
 * @example
 * ```ts
 * import { type ContractResult } from 'praca-socjalna';
 * declare const r: ContractResult;
 * if (r.ok) r.value.status;
 * ```
 * @category Contract
 */
export type ContractResult = Result<ContractState, readonly Issue[]>;

function permissionIssue(event: ContractEvent, workerId: string | undefined): Issue | undefined {
  const rule = contractPermissions[event.type];
  const denied = roleIssue(rule.roles, event.actor.role, event.type);
  if (denied) return denied;
  if (rule.partyWorker && event.actor.role !== 'head' && workerId !== undefined && event.actor.id !== workerId) {
    return { code: 'not_contract_worker', path: ['actor', 'id'], actorId: event.actor.id, workerId };
  }
  return undefined;
}

/**
 * Starts a contract from its `drafted` event: the draft of a kontrakt socjalny (variant A or B), an IPWzB
 * or a family work plan.
 *
 * @example
 * ```ts
 * import { openContract } from 'praca-socjalna';
 * declare const draftedEvent: unknown;
 * const r = openContract(draftedEvent);
 * if (r.ok) r.value.status; //=> 'draft'
 * ```
 * @category Contract
 */
export function openContract(event: unknown): ContractResult {
  const parsed = parseWith(ContractEvent, event);
  if (!parsed.ok) return fail(parsed.error);
  const e = parsed.value;
  if (e.type !== 'drafted') return fail([{ code: 'case_not_opened', path: ['type'], eventType: e.type }]);
  const issues = [permissionIssue(e, e.payload.parties.worker.id), ...kindMatches(e), ...contentIsCoherent(e.payload.content, ['payload', 'content'])].filter(
    (i): i is Issue => i !== undefined,
  );
  if (issues.length > 0) return fail(issues);
  return ok(initial(e));
}

function initial(e: ContractEventOf<'drafted'>): ContractState {
  return {
    schemaVersion: 1,
    contractId: e.contractId,
    caseId: e.payload.caseId,
    kind: e.payload.kind,
    variant: e.payload.variant,
    status: 'draft',
    household: e.payload.household,
    parties: e.payload.parties,
    shelter: e.payload.shelter ?? null,
    draftedOn: e.date,
    lastEventDate: e.date,
    eventCount: 1,
    content: e.payload.content,
    versions: [],
    signatures: [],
    concludedOn: null,
    approval: null,
    inForceFrom: null,
    reviews: [],
    refusal: null,
    ending: null,
  };
}

function guards(state: ContractState, e: ContractEvent): Issue[] {
  return match(e)
    .returnType<Issue[]>()
    .with({ type: 'draftRevised' }, (x) => contentIsCoherent(x.payload.content, ['payload', 'content']))
    .with({ type: 'signed' }, (x) => signatureIsValid(state, x))
    .with({ type: 'approved' }, () => (approvalRequired(state) ? [] : [{ code: 'approval_not_required', path: ['type'], kind: state.kind }]))
    .with({ type: 'amended' }, (x) => amendmentIsValid(state, x))
    .with({ type: 'expired' }, (x) =>
      x.date > state.content.period.to ? [] : [{ code: 'period_not_ended', path: ['date'], date: x.date, end: state.content.period.to }],
    )
    .otherwise(() => []);
}

function apply(state: ContractState, e: Exclude<ContractEvent, { type: 'drafted' }>): ContractState {
  return match(e)
    .returnType<ContractState>()
    .with({ type: 'draftRevised' }, (x) => ({ ...state, content: x.payload.content }))
    .with({ type: 'signed' }, (x) => {
      const id = x.payload.party === 'client' ? x.payload.personId : state.parties.worker.id;
      const signatures = [...state.signatures, { party: x.payload.party, id, date: x.date }];
      const all = state.parties.clientIds.every((c) => signatures.some((s) => s.id === c)) && signatures.some((s) => s.party === 'worker');
      if (!all) return { ...state, signatures };
      const approval = approvalRequired(state);
      const status: ContractStatus = approval ? 'signed' : 'inForce';
      return {
        ...state,
        signatures,
        status,
        concludedOn: x.date,
        inForceFrom: approval ? null : x.date,
        versions: [{ version: 1, effectiveFrom: x.date, reason: null, content: state.content }],
      };
    })
    .with({ type: 'approved' }, (x) => ({ ...state, approval: { by: x.actor, date: x.date, note: x.payload.note }, inForceFrom: x.date }))
    .with({ type: 'refused' }, (x) => ({ ...state, refusal: { date: x.date, reason: x.payload.reason } }))
    .with({ type: 'reviewed' }, (x) => ({ ...state, reviews: [...state.reviews, { date: x.date, by: x.actor, summary: x.payload.summary }] }))
    .with({ type: 'amended' }, (x) => ({
      ...state,
      content: x.payload.content,
      versions: [...state.versions, { version: state.versions.length + 1, effectiveFrom: x.date, reason: x.payload.reason, content: x.payload.content }],
    }))
    .with({ type: 'completed' }, (x) => ({
      ...state,
      ending: { date: x.date, status: 'completed', reason: null, note: null, finalEvaluation: x.payload.finalEvaluation },
    }))
    .with({ type: 'terminated' }, (x) => ({
      ...state,
      ending: { date: x.date, status: 'terminated', reason: x.payload.reason, note: x.payload.note, finalEvaluation: x.payload.finalEvaluation },
    }))
    .with({ type: 'expired' }, (x) => ({
      ...state,
      ending: { date: x.date, status: 'expired', reason: null, note: null, finalEvaluation: x.payload.finalEvaluation },
    }))
    .exhaustive();
}

/**
 * Applies one event to a contract: the pure transition of the contract lifecycle.
 *
 * @remarks Checks the event's schema, that it is for this contract, that the status allows it
 * ({@link contractTable}), date order, who may record it ({@link contractPermissions}), then the guards:
 * both parties sign; an IPWzB is approved by the head before it is in force; action deadlines inside the
 * period; no amendment after the end; an annex signed by every party.
 * @example
 * ```ts
 * import { transitionContract, type ContractState } from 'praca-socjalna';
 * declare const draft: ContractState;
 * const r = transitionContract(draft, {
 *   schemaVersion: 1, id: 'k-e2', contractId: draft.contractId, date: '2025-03-02', type: 'signed',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: { party: 'worker' },
 * });
 * ```
 * @category Contract
 */
export function transitionContract(state: ContractState, event: unknown): ContractResult {
  const parsed = parseWith(ContractEvent, event);
  if (!parsed.ok) return fail(parsed.error);
  const e = parsed.value;
  if (e.contractId !== state.contractId) return fail([{ code: 'case_mismatch', path: ['contractId'], expected: state.contractId, actual: e.contractId }]);
  if (e.type === 'drafted') return fail([{ code: 'case_already_opened', path: ['type'] }]);
  const move = moveIssue<ContractStatus>(contractTable[state.status], state.status, e.type, e.date, state.lastEventDate);
  if (move.issue) return fail([move.issue]);
  const next = move.next;
  const denied = permissionIssue(e, state.parties.worker.id);
  if (denied) return fail([denied]);
  const issues = guards(state, e);
  if (issues.length > 0) return fail(issues);
  const applied = apply(state, e);
  // `signed` moves on only with the last signature; apply() decides that, the table says where it may go.
  const status = e.type === 'signed' ? applied.status : next;
  return ok({ ...applied, status, lastEventDate: e.date, eventCount: state.eventCount + 1 });
}

/**
 * Rebuilds a contract from its events; stops at the first refused one and says which.
 *
 * @example
 * ```ts
 * import { replayContract } from 'praca-socjalna';
 * replayContract([]).ok; //=> false
 * ```
 * @category Contract
 */
export function replayContract(events: readonly unknown[]): Result<ContractState, { readonly index: number; readonly issues: readonly Issue[] }> {
  const [first, ...rest] = events;
  if (first === undefined) return fail({ index: 0, issues: [{ code: 'empty_log', path: [] }] });
  let result = openContract(first);
  if (!result.ok) return fail({ index: 0, issues: result.error });
  for (const [i, event] of rest.entries()) {
    const next = transitionContract(result.value, event);
    if (!next.ok) return fail({ index: i + 1, issues: next.error });
    result = next;
  }
  return result;
}
