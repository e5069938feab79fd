import { describe, expect, it } from 'vitest';
import { homelessManSopot } from '../../examples/scenarios/homelessManSopot.js';
import { actors, assistant, deepFreeze, head, officer, otherWorker, owner, psychologist, sampleEvent } from '../../test/support/factory.js';
import { formatIssues } from '../issues/formatIssue.js';
import type { Issue } from '../issues/issue.js';
import { caseEventTypes, type CaseEventType } from './events.js';
import { replay } from './replay.js';
import { Stage } from './stage.js';
import type { CaseState } from './state.js';
import { eventPermissions, processTable } from './table.js';
import { openCase, transition } from './transition.js';

const log = homelessManSopot();

/** The first state of the demo log at each stage. */
function statesByStage(): Map<string, CaseState> {
  const states = new Map<string, CaseState>();
  for (let i = 1; i <= log.length; i++) {
    const r = replay(log.slice(0, i));
    if (!r.ok) throw new Error('fixture log must replay');
    if (!states.has(r.value.stage)) states.set(r.value.stage, r.value);
  }
  return states;
}
const atStage = statesByStage();

const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);

describe('transition: the stage table', () => {
  it('has a reachable state for every stage in the demo log', () => {
    expect([...atStage.keys()].sort()).toEqual([...Stage.options].sort());
  });

  const cells = Stage.options.flatMap((stage) => caseEventTypes.map((type) => [stage, type] as const));
  it.each(cells)('at %s, %s is allowed exactly when the table says so', (stage, type) => {
    const state = atStage.get(stage) as CaseState;
    const event = sampleEvent(type, state, { actor: eventPermissions[type].roles.includes('socialWorker' as never) ? owner : head });
    const result = transition(state, event);
    const allowed = (processTable[stage] as Partial<Record<CaseEventType, Stage>>)[type];
    if (stage === 'closed') {
      expect(result.ok ? [] : codes(result.error)).toEqual(['case_closed']);
    } else if (type === 'caseOpened') {
      expect(result.ok ? [] : codes(result.error)).toEqual(['case_already_opened']);
    } else if (allowed === undefined) {
      expect(result.ok ? [] : codes(result.error)).toEqual(['transition_not_allowed']);
    } else {
      // Allowed by the table: either accepted, moving to the table's stage, or refused by a guard of the method.
      if (result.ok) expect(result.value.stage).toBe(allowed);
      else expect(codes(result.error)).not.toContain('transition_not_allowed');
    }
  });
});

describe('transition: roles (separation of duties)', () => {
  const cells = caseEventTypes
    .filter((t) => t !== 'caseOpened')
    .flatMap((type) => actors.map((actor) => [type, actor] as const));
  it.each(cells)('%s by %o is refused unless the role is allowed', (type, actor) => {
    const stage = (Object.keys(processTable) as Stage[]).find((s) => s !== 'closed' && type in processTable[s]) as Stage;
    const state = atStage.get(stage) as CaseState;
    const result = transition(state, sampleEvent(type, state, { actor }));
    const roles: readonly string[] = eventPermissions[type].roles;
    if (!roles.includes(actor.role)) {
      expect(result.ok ? [] : codes(result.error)).toEqual(['role_not_allowed']);
    } else if (eventPermissions[type].ownerOnly && actor.role !== 'head' && actor.id !== state.owner.id) {
      expect(result.ok ? [] : codes(result.error)).toEqual(['not_case_owner']);
    } else if (!result.ok) {
      expect(codes(result.error)).not.toContain('role_not_allowed');
      expect(codes(result.error)).not.toContain('not_case_owner');
    }
  });

  it('lets an assistant add monitoring notes but not change the diagnosis', () => {
    const monitoring = atStage.get('monitoring') as CaseState;
    expect(transition(monitoring, sampleEvent('monitoringNoteAdded', monitoring, { actor: assistant })).ok).toBe(true);
    const diagnosis = atStage.get('diagnosis') as CaseState;
    const r = transition(diagnosis, sampleEvent('problemDiagnosed', diagnosis, { actor: assistant }));
    expect(r.ok ? [] : codes(r.error)).toEqual(['role_not_allowed']);
  });

  it('lets a benefits officer record nothing in social work', () => {
    for (const type of caseEventTypes) expect(eventPermissions[type].roles).not.toContain('benefitsOfficer');
    const state = atStage.get('monitoring') as CaseState;
    const r = transition(state, sampleEvent('monitoringNoteAdded', state, { actor: officer }));
    expect(r.ok).toBe(false);
  });

  it('signs for the centre only through the social worker who owns the case', () => {
    const contract = atStage.get('contract') as CaseState;
    const r = transition(contract, sampleEvent('contractSigned', contract, { actor: otherWorker }));
    expect(r.ok ? [] : r.error).toMatchInlineSnapshot(`
      [
        {
          "actorId": "sw-2",
          "code": "not_case_owner",
          "ownerId": "sw-anna",
          "path": [
            "actor",
            "id",
          ],
        },
      ]
    `);
    expect(transition(contract, sampleEvent('contractSigned', contract, { actor: psychologist })).ok).toBe(false);
  });
});

describe('transition: dates', () => {
  it('refuses an event dated before the last event', () => {
    const state = atStage.get('monitoring') as CaseState;
    const r = transition(state, sampleEvent('monitoringNoteAdded', state, { date: '2025-01-01' }));
    expect(r.ok ? [] : r.error).toEqual([
      { code: 'date_before_last_event', path: ['date'], date: '2025-01-01', lastEventDate: state.lastEventDate },
    ]);
  });

  it('accepts an event on the same day as the last one', () => {
    const state = atStage.get('monitoring') as CaseState;
    expect(transition(state, sampleEvent('monitoringNoteAdded', state, { date: state.lastEventDate })).ok).toBe(true);
  });

  it('refuses an action whose deadline is before the day it is planned', () => {
    const state = atStage.get('goals') as CaseState;
    const event = sampleEvent('actionPlanned', state);
    const bad = { ...event, payload: { action: { ...(event.payload as { action: object }).action, deadline: '2024-12-31' } } };
    const r = transition(state, bad);
    expect(r.ok ? [] : codes(r.error)).toEqual(['deadline_before_date']);
  });
});

describe('transition: guards of the method', () => {
  const opened = openCase(sampleEvent('caseOpened', undefined, { date: '2025-01-08' }));
  if (!opened.ok) throw new Error('fixture');
  const diagnosis = transition(opened.value, sampleEvent('interviewConducted', opened.value));
  if (!diagnosis.ok) throw new Error('fixture');

  it('refuses to complete the diagnosis before a problem is diagnosed', () => {
    const r = transition(diagnosis.value, sampleEvent('diagnosisCompleted', diagnosis.value));
    expect(r.ok ? [] : codes(r.error)).toEqual(['no_problem_diagnosed']);
  });

  it('refuses a contract without a main goal or a ready action', () => {
    let s = diagnosis.value;
    for (const t of ['problemDiagnosed', 'diagnosisCompleted', 'resourcesCompleted', 'limitationsCompleted'] as const) {
      const r = transition(s, sampleEvent(t, s));
      if (!r.ok) throw new Error(formatIssues(r.error, 'en'));
      s = r.value;
    }
    const r = transition(s, sampleEvent('contractProposed', s));
    expect(r.ok ? [] : codes(r.error)).toEqual(['no_main_goal', 'no_ready_action']);
  });

  it('refuses an action with no deadline as the ready action of a contract', () => {
    const planned = replay(log.slice(0, 26));
    if (!planned.ok || planned.value.stage !== 'goals' || planned.value.mainGoal === null) throw new Error('fixture');
    const drafted: CaseState = { ...planned.value, actions: planned.value.actions.map((a) => ({ ...a, deadline: null })) };
    const r = transition(drafted, sampleEvent('contractProposed', drafted));
    expect(r.ok ? [] : codes(r.error)).toEqual(['no_ready_action']);
  });

  it('refuses a plan without a contract unless a refusal was recorded, then accepts it', () => {
    const contract = atStage.get('contract') as CaseState;
    const early = transition(contract, sampleEvent('planStartedWithoutContract', contract));
    expect(early.ok ? [] : codes(early.error)).toEqual(['contract_not_refused']);
    const refused = transition(contract, sampleEvent('contractRefused', contract));
    if (!refused.ok) throw new Error('refusal must be accepted');
    expect(refused.value.contracts.at(-1)).toMatchObject({ status: 'refused', refusedOn: contract.lastEventDate });
    const started = transition(refused.value, sampleEvent('planStartedWithoutContract', refused.value));
    expect(started.ok && started.value.stage).toBe('monitoring');
  });

  it('refuses a signature by someone who is not the client', () => {
    const contract = atStage.get('contract') as CaseState;
    const e = sampleEvent('contractSigned', contract);
    const bad = { ...e, payload: { ...(e.payload as object), clientSignature: { personId: 'p-x', date: e.date } } };
    const r = transition(contract, bad);
    expect(r.ok ? [] : codes(r.error)).toEqual(['signature_mismatch']);
  });

  it('refuses duplicate ids and unknown references', () => {
    const diag = atStage.get('diagnosis') as CaseState;
    const first = sampleEvent('problemDiagnosed', diag, { n: 7 });
    const s1 = transition(diag, first);
    if (!s1.ok) throw new Error('fixture');
    const r = transition(s1.value, sampleEvent('problemDiagnosed', s1.value, { n: 7 }));
    expect(r.ok ? [] : codes(r.error)).toEqual(['duplicate_id']);
    const monitoring = atStage.get('monitoring') as CaseState;
    const e = sampleEvent('actionProgressRecorded', monitoring);
    const unknown = { ...e, payload: { ...(e.payload as object), actionId: 'a-none' } };
    const r2 = transition(monitoring, unknown);
    expect(r2.ok ? [] : r2.error).toEqual([{ code: 'unknown_reference', path: ['payload', 'actionId'], id: 'a-none', collection: 'actions' }]);
  });

  it('accepts nothing after closure', () => {
    const closed = atStage.get('closed') as CaseState;
    for (const type of caseEventTypes) {
      const r = transition(closed, sampleEvent(type, closed));
      expect(r.ok ? [] : codes(r.error)).toEqual(['case_closed']);
    }
  });
});

describe('transition: bad input', () => {
  const state = atStage.get('monitoring') as CaseState;

  it.each([
    ['null', null],
    ['a string', 'caseOpened'],
    ['an unknown type', { ...sampleEvent('monitoringNoteAdded', state), type: 'teleported' }],
    ['an extra field', { ...sampleEvent('monitoringNoteAdded', state), extra: 1 }],
    ['an impossible date', { ...sampleEvent('monitoringNoteAdded', state), date: '2025-02-30' }],
  ])('never throws on %s and returns invalid_input with a path', (_name, input) => {
    const r = transition(state, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.every((i) => i.code === 'invalid_input')).toBe(true);
      expect(formatIssues(r.error, 'pl')).toMatch(/Nieprawidłowe dane/);
      expect(formatIssues(r.error, 'en')).toMatch(/Invalid input/);
    }
  });

  it('names the field of a bad date in both languages', () => {
    const r = transition(state, { ...sampleEvent('monitoringNoteAdded', state), date: '2025-02-30' });
    expect(r.ok ? [] : r.error.map((i) => i.path)).toEqual([['date']]);
  });

  it('refuses an event of another case', () => {
    const r = transition(state, { ...sampleEvent('monitoringNoteAdded', state), caseId: 'other' });
    expect(r.ok ? [] : codes(r.error)).toEqual(['case_mismatch']);
  });

  it('does not change the given state or event, whatever the outcome', () => {
    const frozen = deepFreeze(structuredClone(state));
    const snapshot = JSON.stringify(frozen);
    for (const type of caseEventTypes) {
      const event = deepFreeze(sampleEvent(type, frozen));
      transition(frozen, event);
    }
    expect(JSON.stringify(frozen)).toBe(snapshot);
  });
});

describe('openCase', () => {
  it('starts a case at intake', () => {
    const r = openCase(sampleEvent('caseOpened', undefined));
    expect(r.ok && r.value.stage).toBe('intake');
    expect(r.ok && r.value.version).toBe(1);
  });

  it('requires the first event to be caseOpened', () => {
    const r = openCase(sampleEvent('interviewConducted', undefined));
    expect(r.ok ? [] : codes(r.error)).toEqual(['case_not_opened']);
  });

  it('refuses a case opened by a benefits officer or an assistant', () => {
    for (const actor of [officer, assistant]) {
      const r = openCase(sampleEvent('caseOpened', undefined, { actor }));
      expect(r.ok ? [] : codes(r.error)).toEqual(['role_not_allowed']);
    }
  });

  it('refuses a date before the applicant was born', () => {
    const r = openCase(sampleEvent('caseOpened', undefined, { date: '1970-01-01' }));
    expect(r.ok ? [] : codes(r.error)).toEqual(['date_before_birth']);
  });
});
