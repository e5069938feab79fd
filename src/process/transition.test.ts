import { describe, expect, it } from 'vitest';
import { homelessManSopot } from '../../examples/scenarios/homelessManSopot.js';
import { actors, assistant, deepFreeze, head, officer, otherWorker, owner, psychologist, sampleEvent, teamAssistant } from '../../test/support/factory.js';
import type { Actor } from '../case/actor.js';
import { formatIssue, formatIssues } from '../issues/formatIssue.js';
import type { Issue } from '../issues/issue.js';
import type { Permission } from '../machine/machine.js';
import { caseMachines } from './diagram.js';
import { caseEventTypes, type CaseEvent, type CaseEventType } from './registry.js';
import { replay } from './replay.js';
import type { CaseState } from './state.js';
import { openCase, transition } from './transition.js';

const log = homelessManSopot();
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
const errs = (r: ReturnType<typeof transition>): readonly Issue[] => (r.ok ? [] : r.error);
const must = (r: ReturnType<typeof transition>): CaseState => {
  if (!r.ok) throw new Error(formatIssues(r.error, 'en'));
  return r.value;
};

/** Every state of the demo stream, plus an art. 11 procedure run to each of its stages on the way. */
const logStates: CaseState[] = [];
function allStates(): CaseState[] {
  const states: CaseState[] = [];
  let s: CaseState | undefined;
  for (const e of log) {
    s = s === undefined ? must(openCase(e)) : must(transition(s, e));
    states.push(s);
    logStates.push(s);
    if (e.type === 'contractReviewed' && e.date === '2025-03-03') {
      let b = s;
      for (const type of ['breachReported', 'breachExplanationRequested', 'breachDeadlinePassed', 'breachAssessed', 'breachMeasureProposed'] as const) {
        const date = type === 'breachDeadlinePassed' ? '2025-03-04' : b.lastEventDate;
        b = must(transition(b, sampleEvent(type, b, { date: type === 'breachExplanationRequested' ? b.lastEventDate : date })));
        if (type === 'breachExplanationRequested') b = { ...b, procedures: b.procedures.map((p) => (p.hearing.status === 'asked' ? { ...p, hearing: { ...p.hearing, deadline: b.lastEventDate } } : p)) };
        states.push(b);
      }
      states.push(must(transition(b, sampleEvent('authorisationGranted', b, { actor: head }))));
    }
  }
  return states;
}
const states = allStates();

type MachineName = keyof typeof caseMachines;
const machineOf = (type: CaseEventType): MachineName =>
  (Object.keys(caseMachines) as MachineName[]).find((m) => type in caseMachines[m].permissions) as MachineName;

/** The state of the machine an event of `type` addresses in `s` (the last contract or procedure). */
function machineState(s: CaseState, type: CaseEventType): string | undefined {
  switch (machineOf(type)) {
    case 'process':
      return s.stage;
    case 'contract':
      return type === 'contractDrafted' ? 'new' : s.contracts.at(-1)?.status;
    case 'breach':
      return type === 'breachReported' ? 'new' : s.procedures.at(-1)?.stage;
    case 'team':
      return 'active';
  }
}

function allowedByTable(s: CaseState, type: CaseEventType): boolean {
  const m = caseMachines[machineOf(type)];
  const at = machineState(s, type);
  if (at === 'new') return s.stage !== 'closed';
  return at !== undefined && type in (m.table as Record<string, object>)[at]!;
}

/** A state in which the table allows the event, for the event of `type`. */
const stateFor = (type: CaseEventType): CaseState | undefined => states.findLast((s) => s.stage !== 'closed' && allowedByTable(s, type));

/** Who is within a scope, read independently of the SDK's own check. */
function inScope(s: CaseState, actor: Actor, p: Permission, e: CaseEvent): boolean {
  if (actor.role === 'head' || p.scope === 'anyoneOfRole') return true;
  const onTeam = (s.owner.id === actor.id && actor.role === 'socialWorker') || s.team.some((m) => m.to === null && m.member.id === actor.id && m.member.role === actor.role);
  switch (p.scope) {
    case 'owner':
      return s.owner.id === actor.id && actor.role === 'socialWorker';
    case 'teamMember':
      return onTeam;
    case 'contractParty': {
      const payload = e.payload as { contractId?: string; parties?: { worker: { id: string } } };
      if (payload.parties) return payload.parties.worker.id === actor.id && onTeam;
      return s.contracts.find((c) => c.contractId === payload.contractId)?.parties.worker.id === actor.id;
    }
    case 'authorised':
      return s.authorisations.some((a) => a.holder.id === actor.id && a.revokedOn === null && a.validFrom <= e.date);
  }
}

describe('the case stream: table-driven permissions, every (event, role, scope) at a state its table allows', () => {
  // the practice families (consents, referrals, benefit claims) have their own matrices in src/practice/stream.test.ts
  const cells = caseEventTypes.filter((t) => t !== 'caseOpened' && machineOf(t) !== undefined).flatMap((type) => actors.map((actor) => [type, actor.id, actor] as const));
  it.each(cells)('%s by %s: refused for the wrong role or scope, never for the right ones', (type, _id, actor) => {
    const state = stateFor(type);
    expect(state, `a state allows ${type}`).toBeDefined();
    const s = state as CaseState;
    const event = sampleEvent(type, s, { actor });
    const r = transition(s, event);
    const p = caseMachines[machineOf(type)].permissions[type as never] as Permission;
    const found = r.ok ? [] : codes(r.error);
    if (!p.roles.includes(actor.role)) expect(found).toEqual(['role_not_permitted']);
    else if (!inScope(s, actor, p, event)) expect(found).toEqual(['scope_not_met']);
    else expect(found.filter((c) => c === 'role_not_permitted' || c === 'scope_not_met')).toEqual([]);
    if (!r.ok && found[0] !== 'invalid_input') {
      const machine = r.error.find((i) => 'machine' in i) as { machine?: string } | undefined;
      if (machine) expect(machine.machine).toBe(machineOf(type));
    }
  });
});

describe('the case stream: every table, every state', () => {
  const cells = states
    .filter((s, i) => i === states.findIndex((x) => x.stage === s.stage && x.contracts.at(-1)?.status === s.contracts.at(-1)?.status && x.procedures.at(-1)?.stage === s.procedures.at(-1)?.stage))
    .flatMap((s) => caseEventTypes.filter((t) => t !== 'caseOpened' && machineOf(t) !== undefined).map((type) => [type, s.stage, s.contracts.at(-1)?.status ?? '-', s.procedures.at(-1)?.stage ?? '-', s] as const));
  it.each(cells)('%s at stage %s, contract %s, procedure %s: refused as step_not_allowed exactly when the table says so', (type, _stage, _c, _p, s) => {
    const actor = (caseMachines[machineOf(type)].permissions[type as never] as Permission).roles.includes('socialWorker') ? owner : head;
    const r = transition(s, sampleEvent(type, s, { actor }));
    const found = r.ok ? [] : codes(r.error);
    if (s.stage === 'closed') expect(found).toEqual(['case_closed']);
    else if (machineState(s, type) === undefined) expect(found).toEqual(['unknown_item']);
    else if (!allowedByTable(s, type)) expect(found).toEqual(['step_not_allowed']);
    else expect(found).not.toContain('step_not_allowed');
  });
});

describe('the stage follows the contract', () => {
  const at = (type: CaseEventType) => logStates[log.findIndex((e) => e.type === type)] as CaseState;

  it('keeps the case at the contract stage while a signed IPWzB waits for the head, and moves it with the approval (art. 49)', () => {
    const bothSigned = logStates[log.findIndex((e) => e.type === 'contractApproved') - 1] as CaseState;
    expect(bothSigned.contracts[0]?.status).toBe('signed');
    expect(bothSigned.stage).toBe('contract');
    expect(at('contractApproved').stage).toBe('monitoring');
    expect(at('contractApproved').contracts[0]).toMatchObject({ status: 'inForce', inForceFrom: '2025-02-03' });
  });

  it('brings a social contract into force with the last signature, and the case into monitoring', () => {
    const drafted = at('contractDrafted');
    const social = { ...drafted, contracts: drafted.contracts.map((c) => ({ ...c, kind: 'socialContract' as const, variant: 'A' as const })) };
    const one = must(transition(social, { ...sampleEvent('contractSigned', social), id: 'x-1', date: '2025-02-03' }));
    expect([one.stage, one.contracts[0]?.status]).toEqual(['contract', 'draft']);
    const two = must(transition(one, { ...sampleEvent('contractSigned', one), id: 'x-2', date: '2025-02-03', payload: { contractId: 'ipwzb-2025-001', party: 'worker' } } as unknown));
    expect([two.stage, two.contracts[0]?.status]).toEqual(['monitoring', 'inForce']);
  });

  it('refuses an approval the law does not ask for', () => {
    const drafted = at('contractDrafted');
    const shelter = { ...drafted, contracts: drafted.contracts.map((c) => ({ ...c, status: 'signed' as const, shelter: { shelter: 'Schronisko', beyondShelterMeans: false } })) };
    const r = transition(shelter, sampleEvent('contractApproved', shelter, { actor: head, date: '2025-02-03' }));
    expect(r.ok ? [] : codes(r.error)).toEqual(['approval_not_required']);
  });

  it('brings a modified plan back to monitoring with an annex', () => {
    expect(at('planModified').stage).toBe('goals');
    expect(at('contractAnnexed').stage).toBe('monitoring');
    expect(at('contractAnnexed').contracts[0]?.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('starts a plan without a contract only after a recorded refusal', () => {
    const drafted = at('contractDrafted');
    const early = transition(drafted, sampleEvent('planStartedWithoutContract', drafted));
    expect(early.ok ? [] : codes(early.error)).toEqual(['contract_not_refused']);
    const refused = must(transition(drafted, sampleEvent('contractRefused', drafted)));
    expect(refused.contracts[0]).toMatchObject({ status: 'refused', refusal: { date: drafted.lastEventDate } });
    expect(must(transition(refused, sampleEvent('planStartedWithoutContract', refused))).stage).toBe('monitoring');
  });
});

describe('the team', () => {
  const monitoring = states.find((s) => s.stage === 'monitoring' && s.team.length > 0) as CaseState;

  it('lets the assistant on the team record meetings and action progress, but never the diagnosis, goals or a contract', () => {
    expect(transition(monitoring, sampleEvent('meetingRecorded', monitoring, { actor: teamAssistant })).ok).toBe(true);
    expect(transition(monitoring, sampleEvent('actionProgressRecorded', monitoring, { actor: teamAssistant })).ok).toBe(true);
    for (const type of ['goalProgressRecorded', 'situationChanged', 'planModified', 'contractAnnexed', 'contractTerminated'] as const) {
      const r = transition(monitoring, sampleEvent(type, monitoring, { actor: teamAssistant }));
      expect(r.ok ? [] : codes(r.error), type).toEqual([type.startsWith('contract') ? 'scope_not_met' : 'role_not_permitted']);
    }
  });

  it('refuses an assistant who is not on the team, saying so in Polish with no code or id', () => {
    const r = transition(monitoring, sampleEvent('meetingRecorded', monitoring, { actor: assistant }));
    expect(r.ok ? [] : r.error).toEqual([{ code: 'scope_not_met', path: ['actor', 'id'], machine: 'process', eventType: 'meetingRecorded', role: 'assistant', scope: 'teamMember' }]);
    if (!r.ok) {
      const pl = formatIssue(r.error[0] as Issue, 'pl');
      expect(pl).toBe('Proces metodyczny: krok „spotkanie z klientem” może wykonać tylko członek zespołu sprawy; osoba w roli „asystent” tego warunku nie spełnia.');
      expect(pl).not.toMatch(/as-1|meetingRecorded|teamMember/);
    }
  });

  it('lets another social worker write only once assigned, and keeps the history when released', () => {
    const refused = transition(monitoring, sampleEvent('monitoringNoteAdded', monitoring, { actor: otherWorker }));
    expect(refused.ok ? [] : codes(refused.error)).toEqual(['scope_not_met']);
    const assigned = must(transition(monitoring, { ...sampleEvent('teamMemberAssigned', monitoring), payload: { member: otherWorker } } as unknown));
    const wrote = must(transition(assigned, sampleEvent('monitoringNoteAdded', assigned, { actor: otherWorker })));
    const released = must(transition(wrote, { ...sampleEvent('teamMemberReleased', wrote), payload: { memberId: otherWorker.id, reason: null } } as unknown));
    expect(released.team.find((m) => m.member.id === otherWorker.id)).toMatchObject({ from: monitoring.lastEventDate, to: monitoring.lastEventDate });
    expect(transition(released, sampleEvent('monitoringNoteAdded', released, { actor: otherWorker })).ok).toBe(false);
  });

  it('lets a psychologist on the team record meetings and notes, but not action progress', () => {
    const withPsychologist = must(transition(monitoring, { ...sampleEvent('teamMemberAssigned', monitoring), payload: { member: psychologist } } as unknown));
    expect(transition(withPsychologist, sampleEvent('meetingRecorded', withPsychologist, { actor: psychologist })).ok).toBe(true);
    expect(transition(withPsychologist, sampleEvent('monitoringNoteAdded', withPsychologist, { actor: psychologist })).ok).toBe(true);
    const r = transition(withPsychologist, sampleEvent('actionProgressRecorded', withPsychologist, { actor: psychologist }));
    expect(r.ok ? [] : codes(r.error)).toEqual(['role_not_permitted']);
  });

  it('lets a family assistant on the team draft a family work plan as its party, but no assistant a social contract', () => {
    const family = { id: 'as-fam', name: 'Iga Nowak', role: 'assistant', assistantKind: 'family' } as const;
    const withFamily = must(transition(monitoring, { ...sampleEvent('teamMemberAssigned', monitoring), payload: { member: family } } as unknown));
    const draft = sampleEvent('contractDrafted', withFamily, { actor: family }) as CaseEvent & { payload: Record<string, unknown> };
    const plan = { ...draft, payload: { ...draft.payload, kind: 'familyWorkPlan', variant: null, parties: { clientIds: ['p-marek'], worker: family, centre: 'MOPS' } } };
    expect(must(transition(withFamily, plan as unknown)).contracts.at(-1)).toMatchObject({ kind: 'familyWorkPlan', status: 'draft' });
    const social = { ...draft, payload: { ...draft.payload, parties: { clientIds: ['p-marek'], worker: family, centre: 'MOPS' } } };
    const r = transition(withFamily, social as unknown);
    expect(r.ok ? [] : codes(r.error)).toEqual(['worker_role_for_kind']);
    const byOther = transition(withFamily, sampleEvent('contractDrafted', withFamily, { actor: teamAssistant }));
    expect(byOther.ok ? [] : codes(byOther.error)).toEqual(['scope_not_met']);
  });

  it('keeps every owner on reassignment', () => {
    const r = must(transition(monitoring, { ...sampleEvent('caseReassigned', monitoring, { actor: head }), payload: { newOwner: otherWorker } } as unknown));
    expect(r.ownerHistory.map((o) => o.owner.id)).toEqual([owner.id, otherWorker.id]);
    expect(transition(r, sampleEvent('planModified', r, { actor: owner })).ok).toBe(false);
  });

  it('decides under art. 11 only as the head or with an authorisation recorded for the date', () => {
    const proposed = states.find((s) => s.procedures.at(-1)?.stage === 'measureProposed' && s.authorisations.length === 0) as CaseState;
    const byWorker = transition(proposed, sampleEvent('breachDecided', proposed, { actor: owner }));
    expect(byWorker.ok ? [] : codes(byWorker.error)).toEqual(['scope_not_met']);
    expect(transition(proposed, sampleEvent('breachDecided', proposed, { actor: head })).ok).toBe(true);
    const granted = must(transition(proposed, sampleEvent('authorisationGranted', proposed, { actor: head })));
    const decided = must(transition(granted, sampleEvent('breachDecided', granted, { actor: owner })));
    expect(decided.procedures.at(-1)?.decision?.authorisationId).toBe(granted.authorisations[0]?.authorisationId);
    const revoked = must(transition(granted, sampleEvent('authorisationRevoked', granted, { actor: head })));
    expect(transition(revoked, sampleEvent('breachDecided', revoked, { actor: owner })).ok).toBe(false);
    expect(transition(proposed, sampleEvent('breachDecided', proposed, { actor: psychologist })).ok).toBe(false);
    expect(transition(proposed, sampleEvent('breachDecided', proposed, { actor: officer })).ok).toBe(false);
  });
});

describe('ids and idempotency', () => {
  const s = states.find((x) => x.stage === 'resources') as CaseState;
  const next = sampleEvent('resourceIdentified', s, { n: 99 });
  const after = must(transition(s, next));

  it('treats the same event delivered twice as a no-op that says so', () => {
    const again = transition(after, next);
    expect(again).toEqual({ ok: true, value: after, notices: [{ code: 'already_recorded', eventId: next.id, index: 0 }] });
  });

  it('refuses the same id with other content', () => {
    const r = transition(after, { ...next, payload: { resource: { id: 'r-x', holder: 'person', description: 'Inne' } } } as unknown);
    expect(r.ok ? [] : r.error).toEqual([{ code: 'event_id_reused', path: ['id'] }]);
  });

  it('refuses a stream whose events share an id', () => {
    const r = replay([log[0], log[1], { ...log[2], id: log[1]?.id }]);
    expect(r.ok ? [] : r.error).toEqual({ index: 2, issues: [{ code: 'event_id_reused', path: ['id'] }] });
  });

  it('gives monitoring entries and meetings the ids of their events, so they never collide', () => {
    const final = states.at(-1) as CaseState;
    const ids = [...final.monitoring.map((m) => m.id), ...final.meetings.map((m) => m.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(log.some((e) => e.id === id)).toBe(true);
  });
});

describe('bad input', () => {
  const state = states.find((s) => s.stage === 'monitoring') as CaseState;

  it.each([
    ['null', null],
    ['a string', 'caseOpened'],
    ['an unknown type', { ...sampleEvent('monitoringNoteAdded', state), type: 'teleported' }],
    ['an extra field', { ...sampleEvent('monitoringNoteAdded', state), extra: 1 }],
    ['an impossible date', { ...sampleEvent('monitoringNoteAdded', state), date: '2025-02-30' }],
    ['a 0.1 event', { ...sampleEvent('monitoringNoteAdded', state), schemaVersion: 1 }],
  ])('never throws on %s and returns invalid_input with a path', (_name, input) => {
    const r = transition(state, input);
    expect(r.ok ? [] : [...new Set(codes(r.error))]).toEqual(['invalid_input']);
  });

  it('refuses an event of another case and one dated before the last', () => {
    expect(codes(errs(transition(state, { ...sampleEvent('monitoringNoteAdded', state), caseId: 'other' })))).toEqual(['case_mismatch']);
    const r = transition(state, sampleEvent('monitoringNoteAdded', state, { date: '2025-01-01' }));
    expect(r.ok ? [] : r.error).toEqual([{ code: 'date_before_last_event', path: ['date'], date: '2025-01-01', lastEventDate: state.lastEventDate }]);
  });

  it('does not change the given state or event, whatever the outcome', () => {
    const frozen = deepFreeze(structuredClone(state));
    const snapshot = JSON.stringify(frozen);
    for (const type of caseEventTypes) transition(frozen, deepFreeze(sampleEvent(type, frozen)));
    expect(JSON.stringify(frozen)).toBe(snapshot);
  });
});

describe('openCase', () => {
  it('starts a case at intake, its first event received', () => {
    const r = openCase(sampleEvent('caseOpened', undefined));
    expect(r.ok && [r.value.stage, r.value.version, r.value.received.length]).toEqual(['intake', 1, 1]);
  });

  it('requires caseOpened, by a social worker or the head, after the applicant was born', () => {
    expect(codes(errs(openCase(sampleEvent('interviewConducted', undefined))))).toEqual(['case_not_opened']);
    for (const actor of [officer, assistant]) expect(codes(errs(openCase(sampleEvent('caseOpened', undefined, { actor }))))).toEqual(['role_not_permitted']);
    expect(codes(errs(openCase(sampleEvent('caseOpened', undefined, { date: '1970-01-01' }))))).toEqual(['date_before_birth']);
  });
});
