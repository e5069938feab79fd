import { describe, expect, it } from 'vitest';
import { breachInput, family } from '../../test/support/breach.js';
import { deepFreeze } from '../../test/support/factory.js';
import type { Issue } from '../issues/issue.js';
import type { CivilDate } from '../law/civilDate.js';
import { type BreachEvent, type BreachEventType, breachEventTypes } from './breachEvents.js';
import { type BreachProcedure, type BreachStage, assessBreachProcedure, breachTable, replayBreach, stepBreach } from './breachProcedure.js';

const worker = { id: 'sw-1', name: 'Beata Kowalczyk', role: 'socialWorker' } as const;
const head = { id: 'hd-1', name: 'Ewa Maj', role: 'head' } as const;
const officer = { id: 'bo-1', name: 'Adam Sowa', role: 'benefitsOfficer' } as const;
const codes = (r: { ok: boolean; error?: readonly Issue[] }) => (r.ok ? [] : (r.error ?? []).map((i) => i.code));

let n = 0;
const ev = (type: BreachEventType, date: string, payload: unknown, actor: BreachEvent['actor'] = worker): BreachEvent =>
  ({ schemaVersion: 1, id: `b-${++n}`, procedureId: 'proc-1', date: date as CivilDate, actor, type, payload }) as BreachEvent;

const input = breachInput();
const reported = ev('reported', '2025-03-04', {
  caseId: 'c-1', ground: 'refusingContract', occurredOn: '2025-03-03', description: 'Odmowa podpisania kontraktu socjalnego', evidence: ['notatka służbowa'],
  clientId: 'p-ewa', household: family, clientFacts: input['clientFacts'], situation: input['situation'], contractPeriods: [],
});
const dependantsConsidered = [
  { personId: 'p-jan', note: 'dorosły, pracuje dorywczo' },
  { personId: 'p-ola', note: 'dziecko: zasiłek okresowy wstrzymany tylko w części przypadającej na matkę — rozważono' },
  { personId: 'p-kuba', note: 'dziecko: jak wyżej' },
];
const path: BreachEvent[] = [
  reported,
  ev('explanationRequested', '2025-03-05', { deadline: '2025-03-12' }),
  ev('explanationDeadlinePassed', '2025-03-13', {}),
  ev('assessed', '2025-03-14', { justified: false, reasoning: 'Brak wyjaśnień w terminie; odmowa bez podania przyczyny.' }),
  ev('measureProposed', '2025-03-14', { measure: 'suspendCashBenefits', reasoning: 'Wstrzymanie zasiłku okresowego do czasu zawarcia kontraktu.' }),
  ev('decisionRecorded', '2025-03-18', { measure: 'suspendCashBenefits', justification: 'Odmowa zawarcia kontraktu socjalnego bez uzasadnionej przyczyny (art. 11 ust. 2 u.p.s.); uwzględniono sytuację dzieci.', authorisation: { kind: 'head' }, dependantsConsidered }, head),
];

function run(events: BreachEvent[]): BreachProcedure {
  const r = replayBreach(events);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const states: Record<BreachStage, BreachProcedure> = {
  reported: run(path.slice(0, 1)),
  explanationRequested: run(path.slice(0, 2)),
  noAnswer: run(path.slice(0, 3)),
  explained: run([...path.slice(0, 2), ev('explanationReceived', '2025-03-08', { text: 'Nie chcę podpisywać.' })]),
  assessed: run(path.slice(0, 4)),
  measureProposed: run(path.slice(0, 5)),
  decided: run(path),
  dropped: run([...path.slice(0, 1), ev('dropped', '2025-03-05', { reason: 'Klientka podpisała kontrakt.' })]),
};

function sample(type: BreachEventType, s: BreachProcedure): BreachEvent {
  const payloads: Record<BreachEventType, unknown> = {
    reported: reported.payload,
    explanationRequested: { deadline: '2025-04-30' },
    explanationReceived: { text: 'Wyjaśnienie' },
    explanationDeadlinePassed: {},
    assessed: { justified: false, reasoning: 'Ocena' },
    measureProposed: { measure: 'refuseBenefit', reasoning: 'Propozycja' },
    decisionRecorded: { measure: 'refuseBenefit', justification: 'Uzasadnienie', authorisation: { kind: 'head' }, dependantsConsidered },
    dropped: { reason: 'Umorzenie' },
  };
  const date = type === 'explanationDeadlinePassed' ? '2025-05-01' : s.lastEventDate;
  return ev(type, date, payloads[type], type === 'decisionRecorded' ? head : worker);
}

describe('art. 11 procedure: the table', () => {
  const cells = (Object.keys(states) as BreachStage[]).flatMap((s) => breachEventTypes.map((t) => [s, t] as const));
  it.each(cells)('at %s, %s is allowed exactly when the table says so', (stage, type) => {
    const s = states[stage];
    const r = stepBreach(s, sample(type, s));
    const allowed = (breachTable[stage] as Partial<Record<BreachEventType, BreachStage>>)[type];
    if (type === 'reported') expect(codes(r)).toEqual(['case_already_opened']);
    else if (allowed === undefined) expect(codes(r)).toEqual(['transition_not_allowed']);
    else if (r.ok) expect(r.value.stage).toBe(allowed);
    else expect(codes(r)).not.toContain('transition_not_allowed');
  });
});

describe('art. 11 procedure: guards', () => {
  it('runs the whole path to a decision recorded by the head', () => {
    expect(states.decided.stage).toBe('decided');
    expect(states.decided.decision?.measure).toBe('suspendCashBenefits');
  });

  it('does not let the deadline pass before it has passed', () => {
    const r = stepBreach(states.explanationRequested, ev('explanationDeadlinePassed', '2025-03-12', {}));
    expect(codes(r)).toEqual(['deadline_before_date']);
  });

  it('proposes no measure after a justified reason; the procedure can only be dropped', () => {
    const justified = run([...path.slice(0, 3), ev('assessed', '2025-03-14', { justified: true, reasoning: 'Choroba' })]);
    expect(codes(stepBreach(justified, ev('measureProposed', '2025-03-14', { measure: 'refuseBenefit', reasoning: 'x' })))).toEqual(['justified_breach_no_measure']);
    expect(stepBreach(justified, ev('dropped', '2025-03-14', { reason: 'Uzasadniony powód' })).ok).toBe(true);
  });

  it('refuses a measure that is not available (suspension with no cash benefit paid) or not of the paragraph', () => {
    const noCash = run([
      ev('reported', '2025-03-04', { ...(reported.payload as object), situation: { pendingApplication: true, benefitGranted: false, cashBeingPaid: false } }),
      ...path.slice(1, 4),
    ]);
    expect(codes(stepBreach(noCash, ev('measureProposed', '2025-03-14', { measure: 'suspendCashBenefits', reasoning: 'x' })))).toEqual(['measure_not_available']);
    expect(codes(stepBreach(states.assessed, ev('measureProposed', '2025-03-14', { measure: 'limitBenefits', reasoning: 'x' })))).toEqual(['measure_not_available']);
  });

  it('records a decision only by the head or an authorised person, with a justification and every dependant considered', () => {
    const s = states.measureProposed;
    const decision = (payload: object, actor: BreachEvent['actor'] = head) =>
      stepBreach(s, ev('decisionRecorded', '2025-03-18', { measure: 'suspendCashBenefits', justification: 'Uzasadnienie', authorisation: { kind: 'head' }, dependantsConsidered, ...payload }, actor));
    expect(codes(decision({}, officer))).toEqual(['authorisation_required']);
    expect(decision({ authorisation: { kind: 'authorisedPerson', reference: 'upoważnienie 7/2025' } }, officer).ok).toBe(true);
    expect(codes(decision({}, { id: 'as', name: 'A', role: 'assistant', assistantKind: 'family' }))).toEqual(['role_not_allowed']);
    expect(codes(decision({ justification: '   ' }))).toEqual(['justification_required']);
    const r = decision({ dependantsConsidered: dependantsConsidered.slice(0, 1) });
    expect(r.ok ? [] : r.error).toMatchObject([{ code: 'dependants_not_considered', missing: ['p-ola', 'p-kuba'] }]);
  });

  it('never changes the given state', () => {
    const frozen = deepFreeze(structuredClone(states.measureProposed));
    const before = JSON.stringify(frozen);
    for (const t of breachEventTypes) stepBreach(frozen, sample(t, frozen));
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe('art. 11 procedure: assessment', () => {
  it('is awaiting the hearing until the client explained or the deadline passed', () => {
    const at = (s: BreachProcedure) => {
      const r = assessBreachProcedure(s, '2025-03-20' as CivilDate);
      return r.ok ? r.value.outcome : null;
    };
    expect(at(states.reported)).toBe('awaitingHearing');
    expect(at(states.noAnswer)).toBe('groundMayApply');
    expect(at(states.explained)).toBe('awaitingHearing');
    expect(at(states.assessed)).toBe('groundMayApply');
  });

  it('replays the same log to the same assessment, byte for byte', () => {
    const a = assessBreachProcedure(run(path), '2025-03-20' as CivilDate);
    const b = assessBreachProcedure(run(structuredClone(path)), '2025-03-20' as CivilDate);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('art. 11 procedure: what each step records', () => {
  it('records the hearing, the finding, the proposal, the decision and the dropping as on file', async () => {
    await expect(JSON.stringify(states, null, 1)).toMatchFileSnapshot('./__snapshots__/procedure-states.json');
    expect(states.decided.eventCount).toBe(6);
    expect(states.noAnswer.hearing).toEqual({ status: 'noAnswer', deadline: '2025-03-12' });
  });

  it('starts only from a report of a client of the household, and stays with its own procedure', () => {
    expect(codes(stepBreach(undefined, ev('explanationRequested', '2025-03-05', { deadline: '2025-03-12' })))).toEqual(['case_not_opened']);
    expect(codes(stepBreach(undefined, { ...reported, actor: officer }))).toEqual(['role_not_allowed']);
    expect(codes(stepBreach(undefined, { ...reported, payload: { ...(reported.payload as object), clientId: 'p-nobody' } }))).toEqual(['unknown_reference']);
    expect(codes(stepBreach(undefined, { ...reported, type: 'nonsense' }))).toEqual(['invalid_input']);
    expect(codes(stepBreach(states.reported, { ...ev('dropped', '2025-03-05', { reason: 'x' }), procedureId: 'other' }))).toEqual(['case_mismatch']);
    expect(codes(stepBreach(states.reported, ev('dropped', '2025-03-01', { reason: 'x' })))).toEqual(['date_before_last_event']);
  });

  it('replays an empty or broken log to an error naming the event', () => {
    const empty = replayBreach([]);
    expect(empty.ok ? null : empty.error).toEqual({ index: 0, issues: [{ code: 'empty_log', path: [] }] });
    const broken = replayBreach([path[0], path[2]]);
    expect(broken.ok ? null : [broken.error.index, broken.error.issues.map((i) => i.code)]).toEqual([1, ['transition_not_allowed']]);
  });
});
