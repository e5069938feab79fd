import type * as z from 'zod';
import type { Issue } from '../../issues/issue.js';
import { defineMachine } from '../../machine/machine.js';
import { contractPayloads } from '../../contract/contractEvents.js';
import { approvalRequired } from '../../contract/contractRules.js';
import { ContractStatus, type ContractState } from '../../contract/contractState.js';
import { amendmentIsValid } from '../../contract/guards/amendmentIsValid.js';
import { contentIsCoherent } from '../../contract/guards/contentIsCoherent.js';
import { kindMatches } from '../../contract/guards/kindMatches.js';
import { isLastSignature, signatureIsValid } from '../../contract/guards/signatureIsValid.js';
import { type Draft, own, ownItem, push } from '../draft.js';
import { eventsOf } from '../envelope.js';
import type { Family } from '../family.js';
import { isOnTeam } from './teamAccess.js';

/** @internal The event schemas of contracts. */
export const contractEvents = eventsOf(contractPayloads);
/** @internal A contract event. */
export type ContractEvent = z.output<(typeof contractEvents)[keyof typeof contractEvents]>;

/** @internal The contract an event names, with its index in the case, if the case has it. */
export function contractOf(d: Draft, contractId: string): { readonly index: number; readonly contract: ContractState } | undefined {
  const index = d.s.contracts.findIndex((c) => c.contractId === contractId);
  const contract = d.s.contracts[index];
  return contract === undefined ? undefined : { index, contract };
}

function lastSignature(d: Draft, e: { readonly type: string; readonly payload?: unknown }, approval: boolean): boolean {
  if (e.type !== 'contractSigned') return false;
  const payload = e.payload as z.output<typeof contractPayloads.contractSigned>;
  const found = contractOf(d, payload.contractId);
  return found !== undefined && isLastSignature(found.contract, payload) && approvalRequired(found.contract) === approval;
}

const anyWorker = ['socialWorker', 'assistant', 'head'] as const;

/**
 * The lifecycle of every contract of a case (kontrakt socjalny A/B, IPWzB, family work plan), as a
 * machine of the kernel: its table, conditions, permissions and guards.
 *
 * @remarks `contractSigned` leads to `inForce` only with the last party's signature, and to `signed`
 * (waiting for the head's approval) instead when art. 49 requires approval — an IPWzB, unless a
 * shelter drew it up within its means. Both conditions are in the table, so the diagram shows them.
 * An assistant acts on a contract only as its party: the family assistant on a family work plan.
 * @example
 * ```ts
 * import { contractMachine } from 'praca-socjalna';
 * contractMachine.table.signed.contractApproved; //=> 'inForce'
 * ```
 * @category Contract
 */
export const contractMachine = defineMachine<Draft, ContractEvent, ContractStatus, 'allSignedNoApprovalNeeded' | 'allSignedApprovalNeeded', ContractEvent>({
  name: 'contract',
  states: ContractStatus.options,
  initial: 'draft',
  start: 'contractDrafted',
  table: {
    draft: {
      contractDraftRevised: 'draft',
      contractSigned: [
        { target: 'inForce', when: 'allSignedNoApprovalNeeded' },
        { target: 'signed', when: 'allSignedApprovalNeeded' },
        { target: 'draft' },
      ],
      contractRefused: 'refused',
    },
    signed: { contractApproved: 'inForce', contractTerminated: 'terminated' },
    inForce: {
      contractReviewed: 'inForce',
      contractAnnexed: 'inForce',
      contractCompleted: 'completed',
      contractTerminated: 'terminated',
      contractExpired: 'expired',
    },
    completed: {},
    terminated: {},
    expired: {},
    refused: {},
  },
  follows: {},
  conditions: {
    allSignedNoApprovalNeeded: (d, e) => lastSignature(d, e, false),
    allSignedApprovalNeeded: (d, e) => lastSignature(d, e, true),
  },
  permissions: {
    contractDrafted: { roles: anyWorker, scope: 'contractParty' },
    contractDraftRevised: { roles: anyWorker, scope: 'contractParty' },
    contractSigned: { roles: ['socialWorker', 'assistant'], scope: 'contractParty' },
    contractApproved: { roles: ['head'], scope: 'anyoneOfRole' },
    contractRefused: { roles: anyWorker, scope: 'contractParty' },
    contractReviewed: { roles: anyWorker, scope: 'teamMember' },
    contractAnnexed: { roles: anyWorker, scope: 'contractParty' },
    contractCompleted: { roles: anyWorker, scope: 'contractParty' },
    contractTerminated: { roles: anyWorker, scope: 'contractParty' },
    contractExpired: { roles: anyWorker, scope: 'contractParty' },
  },
  guards: {
    contractDrafted: (d, e) => {
      const worker = e.payload.parties.worker;
      const issues: Issue[] = [...kindMatches(e.payload, d.s.household), ...contentIsCoherent(e.payload.content, ['payload', 'content'])];
      if (d.s.mainGoal === null) issues.unshift({ code: 'no_main_goal', path: ['type'] });
      if (!isOnTeam(d, worker.id, worker.role)) {
        issues.push({ code: 'scope_not_met', path: ['payload', 'parties', 'worker'], machine: 'contract', eventType: e.type, role: worker.role, scope: 'teamMember' });
      }
      return issues;
    },
    contractDraftRevised: (_d, e) => contentIsCoherent(e.payload.content, ['payload', 'content']),
    contractSigned: (d, e) => signatureIsValid(found(d, e.payload.contractId), e.payload),
    contractApproved: (d, e) => {
      const c = found(d, e.payload.contractId);
      return approvalRequired(c) ? [] : [{ code: 'approval_not_required', path: ['type'], kind: c.kind }];
    },
    contractRefused: () => [],
    contractReviewed: () => [],
    contractAnnexed: (d, e) => amendmentIsValid(found(d, e.payload.contractId), e.date, e.payload),
    contractCompleted: () => [],
    contractTerminated: () => [],
    contractExpired: (d, e) => {
      const end = found(d, e.payload.contractId).content.period.to;
      return e.date > end ? [] : [{ code: 'period_not_ended', path: ['date'], date: e.date, end }];
    },
  },
});

/** The contract an accepted step names: `locate` has already refused an unknown one. */
function found(d: Draft, contractId: string): ContractState {
  return (contractOf(d, contractId) as { readonly contract: ContractState }).contract;
}

function apply(d: Draft, e: ContractEvent, next: string): void {
  const status = next as ContractStatus;
  if (e.type === 'contractDrafted') {
    const p = e.payload;
    return push(d, 'contracts', {
      contractId: p.contractId, kind: p.kind, variant: p.variant, status, parties: p.parties, shelter: p.shelter, draftedOn: e.date,
      content: p.content, versions: [], signatures: [], concludedOn: null, approval: null, inForceFrom: null, reviews: [], refusal: null, ending: null,
    });
  }
  const { index } = contractOf(d, e.payload.contractId) as { readonly index: number };
  const c = ownItem(d, 'contracts', index);
  c.status = status;
  switch (e.type) {
    case 'contractDraftRevised':
      c.content = e.payload.content;
      return;
    case 'contractSigned': {
      const id = e.payload.party === 'client' ? e.payload.personId : c.parties.worker.id;
      c.signatures = [...c.signatures, { party: e.payload.party, id, date: e.date }];
      if (status === 'draft') return;
      c.concludedOn = e.date;
      c.versions = [{ version: 1, effectiveFrom: e.date, reason: null, content: c.content }];
      if (status === 'inForce') c.inForceFrom = e.date;
      return;
    }
    case 'contractApproved':
      c.approval = { by: e.actor, date: e.date, note: e.payload.note };
      c.inForceFrom = e.date;
      return;
    case 'contractRefused':
      c.refusal = { date: e.date, reason: e.payload.reason, eventId: e.id };
      return;
    case 'contractReviewed': {
      const reviews = own(d, c.reviews);
      reviews.push({ date: e.date, by: e.actor, summary: e.payload.summary });
      c.reviews = reviews;
      return;
    }
    case 'contractAnnexed': {
      c.content = e.payload.content;
      const versions = own(d, c.versions);
      versions.push({ version: versions.length + 1, effectiveFrom: e.date, reason: e.payload.reason, content: e.payload.content });
      c.versions = versions;
      return;
    }
    case 'contractCompleted':
      c.ending = { date: e.date, status: 'completed', reason: null, note: null, finalEvaluation: e.payload.finalEvaluation };
      return;
    case 'contractTerminated':
      c.ending = { date: e.date, status: 'terminated', reason: e.payload.reason, note: e.payload.note, finalEvaluation: e.payload.finalEvaluation };
      return;
    case 'contractExpired':
      c.ending = { date: e.date, status: 'expired', reason: null, note: null, finalEvaluation: e.payload.finalEvaluation };
      return;
  }
}

/** @internal The contract family of the case stream. */
export const contractFamily: Family<ContractEvent> = {
  schemas: Object.values(contractEvents),
  machine: contractMachine,
  locate: (d, e) => {
    const existing = contractOf(d, e.payload.contractId);
    if (e.type === 'contractDrafted') {
      return existing === undefined ? { state: 'new' } : { issue: { code: 'item_exists', path: ['payload', 'contractId'], machine: 'contract', collection: 'contracts' } };
    }
    return existing === undefined ? { issue: { code: 'unknown_item', path: ['payload', 'contractId'], machine: 'contract', collection: 'contracts' } } : { state: existing.contract.status };
  },
  apply,
};
