import { describe, expect, it } from 'vitest';
import { head, worker, assistant } from '../../examples/scenarios/homelessManSopot.js';
import { sopotIpwzb } from '../../examples/scenarios/sopotIpwzb.js';
import { deepFreeze } from '../../test/support/factory.js';
import type { Issue } from '../issues/issue.js';
import type { CivilDate } from '../law/civilDate.js';
import type { ContractContent } from './contractContent.js';
import { type ContractEvent, type ContractEventType, contractEventTypes } from './contractEvents.js';
import type { ContractState, ContractStatus } from './contractState.js';
import { contractStatusOn, reviewSchedule } from './contractStatusOn.js';
import { contractTable } from './contractTable.js';
import { openContract, replayContract, transitionContract } from './contractTransition.js';

const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
const errs = (r: { ok: boolean; error?: readonly Issue[] }) => (r.ok ? [] : codes(r.error ?? []));
const log = sopotIpwzb();
const drafted = log[0] as Extract<ContractEvent, { type: 'drafted' }>;
const content = drafted.payload.content;

let n = 0;
function ev(type: ContractEventType, date: string, payload: unknown, actor: ContractEvent['actor'] = worker, contractId = 'k-1'): ContractEvent {
  return { schemaVersion: 1, id: `x-${++n}`, contractId, date: date as CivilDate, actor, type, payload } as ContractEvent;
}
function socialContract(o: { variant?: 'A' | 'B' | null; content?: ContractContent; kind?: string; parties?: unknown; actor?: ContractEvent['actor'] } = {}) {
  return ev('drafted', '2025-01-29', {
    ...drafted.payload,
    kind: o.kind ?? 'socialContract',
    variant: o.variant === undefined ? 'A' : o.variant,
    content: o.content ?? content,
    ...(o.parties ? { parties: o.parties } : {}),
  }, o.actor ?? worker);
}
function run(events: ContractEvent[]): ContractState {
  const r = replayContract(events);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const signBoth = [ev('signed', '2025-02-03', { party: 'client', personId: 'p-marek' }), ev('signed', '2025-02-03', { party: 'worker' })];

/** One state for each status. */
const states: Record<ContractStatus, ContractState> = {
  draft: run([socialContract()]),
  signed: run(log.slice(0, 3)),
  inForce: run([socialContract(), ...signBoth]),
  completed: run(log),
  terminated: run([socialContract(), ...signBoth, ev('terminated', '2025-04-01', { reason: 'movedAway', note: 'Wyprowadził się do Gdańska', finalEvaluation: null })]),
  expired: run([socialContract(), ...signBoth, ev('expired', '2026-02-01', { finalEvaluation: null })]),
  refused: run([socialContract(), ev('refused', '2025-02-01', { reason: 'Nie zgadza się na terapię' })]),
};

function sample(type: ContractEventType, state: ContractState): ContractEvent {
  const date = state.lastEventDate;
  const payloads: Record<ContractEventType, unknown> = {
    drafted: drafted.payload,
    draftRevised: { content: state.content },
    signed: { party: 'worker' },
    approved: { note: null },
    refused: { reason: null },
    reviewed: { summary: 'Ocena' },
    amended: { content: state.content, reason: 'Zmiana', signedByClientIds: state.parties.clientIds },
    completed: { finalEvaluation: 'Zrealizowany' },
    terminated: { reason: 'clientWithdrawal', note: 'Rezygnacja', finalEvaluation: null },
    expired: { finalEvaluation: null },
  };
  const actor = type === 'approved' ? head : worker;
  const d = type === 'expired' ? '2026-02-01' : date;
  return ev(type, d, payloads[type], actor, state.contractId);
}

describe('contract lifecycle: the table', () => {
  const cells = (Object.keys(states) as ContractStatus[]).flatMap((s) => contractEventTypes.map((t) => [s, t] as const));
  it.each(cells)('at %s, %s is allowed exactly when the table says so', (status, type) => {
    const state = states[status];
    const r = transitionContract(state, sample(type, state));
    const allowed = (contractTable[status] as Partial<Record<ContractEventType, ContractStatus>>)[type];
    if (type === 'drafted') expect(r.ok ? [] : codes(r.error)).toEqual(['case_already_opened']);
    else if (allowed === undefined) expect(r.ok ? [] : codes(r.error)).toEqual(['transition_not_allowed']);
    else if (!r.ok) expect(codes(r.error)).not.toContain('transition_not_allowed');
  });
});

describe('contract lifecycle: the IPWzB of the homeless man in Sopot', () => {
  it('replays to a completed programme with its annex, the first version still readable', () => {
    const s = states.completed;
    expect(s.status).toBe('completed');
    expect(s.versions.map((v) => [v.version, v.effectiveFrom])).toEqual([[1, '2025-02-03'], [2, '2025-03-12']]);
    expect(s.versions[0]?.content.actions.find((a) => a.id === 'a-therapy')?.deadline).toBe('2025-02-28');
    expect(s.versions[1]?.content.actions.find((a) => a.id === 'a-therapy')?.deadline).toBe('2025-03-31');
  });

  it('is signed but not in force until the head approves it (art. 49)', () => {
    expect(states.signed.status).toBe('signed');
    expect(states.signed.inForceFrom).toBeNull();
    const approvedBySocialWorker = transitionContract(states.signed, ev('approved', '2025-02-03', { note: null }, worker, 'ipwzb-2025-001'));
    expect(approvedBySocialWorker.ok ? [] : codes(approvedBySocialWorker.error)).toEqual(['role_not_allowed']);
    const approved = transitionContract(states.signed, ev('approved', '2025-02-03', { note: null }, head, 'ipwzb-2025-001'));
    expect(approved.ok && [approved.value.status, approved.value.inForceFrom]).toEqual(['inForce', '2025-02-03']);
  });

  it("needs no approval when a shelter drew it up within its means, and the head's when beyond them", () => {
    const inShelter = (beyondShelterMeans: boolean) =>
      run([
        { ...drafted, payload: { ...drafted.payload, shelter: { shelter: 'Schronisko dla osób bezdomnych w Sopocie', beyondShelterMeans } } } as ContractEvent,
        ...log.slice(1, 3),
      ]);
    expect(inShelter(false).status).toBe('inForce');
    expect(inShelter(true).status).toBe('signed');
    const approvedNeedlessly = transitionContract(inShelter(false), ev('approved', '2025-02-03', { note: null }, head, 'ipwzb-2025-001'));
    expect(errs(approvedNeedlessly)).toEqual(['transition_not_allowed']);
    const sc = socialContract();
    const shelteredContract = { ...sc, payload: { ...(sc.payload as object), shelter: { shelter: 'S', beyondShelterMeans: false } } };
    expect(errs(openContract(shelteredContract))).toEqual(['variant_invalid']);
  });

  it('tells the status on any date, and which two-weekly reviews were missed', () => {
    const s = states.completed;
    expect(contractStatusOn(s, '2025-02-02' as CivilDate)).toBe('draft');
    expect(contractStatusOn(s, '2025-02-03' as CivilDate)).toBe('inForce');
    expect(contractStatusOn(s, '2026-01-30' as CivilDate)).toBe('inForce');
    expect(contractStatusOn(s, '2026-01-31' as CivilDate)).toBe('completed');
    const schedule = reviewSchedule(s, '2025-06-01' as CivilDate);
    expect(schedule.due[0]).toBe('2025-02-17');
    expect(schedule.missed).toEqual(['2025-03-17']);
    expect(schedule.next).toBe('2025-06-09');
  });
});

describe('contract lifecycle: guards', () => {
  it('is in force only when both parties have signed (no approval for a social contract)', () => {
    const one = run([socialContract(), ev('signed', '2025-02-03', { party: 'client', personId: 'p-marek' })]);
    expect(one.status).toBe('draft');
    expect(states.inForce.status).toBe('inForce');
    expect(states.inForce.concludedOn).toBe('2025-02-03');
  });

  it('refuses a signature by a non-party, a second signature, and an approval nobody needs', () => {
    const s = states.draft;
    expect(errs(transitionContract(s, ev('signed', '2025-02-03', { party: 'client', personId: 'p-x' })))).toEqual(['signer_not_party']);
    const once = run([socialContract(), ev('signed', '2025-02-03', { party: 'worker' })]);
    const twice = transitionContract(once, ev('signed', '2025-02-03', { party: 'worker' }));
    expect(twice.ok ? [] : codes(twice.error)).toEqual(['already_signed']);
  });

  it('refuses action deadlines outside the period and actions without a responsible party', () => {
    const late = { ...content, actions: content.actions.map((a, i) => (i === 0 ? { ...a, deadline: '2026-03-01' as CivilDate } : a)) };
    const r1 = openContract(socialContract({ content: late }));
    expect(r1.ok ? [] : codes(r1.error)).toEqual(['action_outside_period']);
    const vague = { ...content, actions: content.actions.map((a, i) => (i === 0 ? { ...a, responsible: null } : a)) };
    const r2 = openContract(socialContract({ content: vague }));
    expect(r2.ok ? [] : codes(r2.error)).toEqual(['action_not_ready']);
  });

  it('checks kind and variant: A or B for a social contract (B with its diagnosis), none for an IPWzB', () => {
    expect(errs(openContract(socialContract({ variant: null })))).toEqual(['variant_invalid']);
    expect(errs(openContract(socialContract({ variant: 'B' })))).toEqual(['variant_invalid']);
    const withDiagnosis = { ...content, unemployment: { unemploymentCauses: ['likwidacja zakładu'], jobSearchLimitations: [], previousActivation: [], reasonsForFailure: [], referral: null } };
    expect(openContract(socialContract({ variant: 'B', content: withDiagnosis })).ok).toBe(true);
    expect(errs(openContract(socialContract({ kind: 'homelessnessExitProgramme', variant: 'A' })))).toEqual(['variant_invalid']);
  });

  it('lets only a family assistant draw up a family work plan', () => {
    const familyAssistant = { id: 'as-fam', name: 'Ola Nowicka', role: 'assistant', assistantKind: 'family' } as const;
    const parties = { clientIds: ['p-marek'], worker: familyAssistant, centre: 'MOPS Sopot' };
    expect(openContract(socialContract({ kind: 'familyWorkPlan', variant: null, parties, actor: familyAssistant })).ok).toBe(true);
    const homelessAssistant = { ...assistant, id: 'as-fam' };
    const r = openContract(socialContract({ kind: 'familyWorkPlan', variant: null, parties: { ...parties, worker: homelessAssistant }, actor: homelessAssistant }));
    expect(r.ok ? [] : codes(r.error)).toEqual(['worker_role_for_kind']);
  });

  it('refuses an amendment after the end, an annex not signed by all, and an expiry before the end', () => {
    const s = states.inForce;
    const after = transitionContract(s, ev('amended', '2026-02-01', { content, reason: 'x', signedByClientIds: ['p-marek'] }));
    expect(after.ok ? [] : codes(after.error)).toEqual(['amendment_after_end']);
    const unsigned = transitionContract(s, ev('amended', '2025-03-01', { content, reason: 'x', signedByClientIds: ['p-other'] }));
    expect(unsigned.ok ? [] : codes(unsigned.error)).toEqual(['annex_not_signed_by_all']);
    const early = transitionContract(s, ev('expired', '2026-01-31', { finalEvaluation: null }));
    expect(early.ok ? [] : codes(early.error)).toEqual(['period_not_ended']);
    const onTime = transitionContract(s, ev('expired', '2026-02-01', { finalEvaluation: null }));
    expect(onTime.ok && onTime.value.status).toBe('expired');
  });

  it('lets only the worker who is a party change the contract', () => {
    const other = { id: 'sw-x', name: 'Jan Wójcik', role: 'socialWorker' } as const;
    const r = transitionContract(states.inForce, ev('completed', '2025-05-01', { finalEvaluation: 'x' }, other));
    expect(r.ok ? [] : codes(r.error)).toEqual(['not_contract_worker']);
  });

  it('never changes the given state', () => {
    const frozen = deepFreeze(structuredClone(states.inForce));
    const before = JSON.stringify(frozen);
    for (const type of contractEventTypes) transitionContract(frozen, sample(type, frozen));
    expect(JSON.stringify(frozen)).toBe(before);
  });
});
