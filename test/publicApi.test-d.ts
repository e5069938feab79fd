import { describe, expectTypeOf, it } from 'vitest';
import {
  type CaseEvent,
  type CaseEventInput,
  type CaseEventInputOf,
  type CaseEventOf,
  type ReplayError,
  type StepResult,
  type CaseState,
  type CivilDate,
  type Grosze,
  type IssueOf,
  type Stage,
  type TransitionResult,
  multiplyRatio,
  openCase,
  replay,
  transition,
} from '../src/index.js';

describe('public API types', () => {
  it('transition takes unknown input and returns one step result: a state with notices, or issues', () => {
    expectTypeOf(transition).returns.toEqualTypeOf<TransitionResult>();
    expectTypeOf<TransitionResult>().toEqualTypeOf<StepResult<CaseState>>();
    expectTypeOf(openCase).returns.toEqualTypeOf<TransitionResult>();
    const fromJson: unknown = JSON.parse('{}');
    transition({} as CaseState, fromJson);
    openCase(fromJson);
  });

  it('type-checks an event literal: a misspelt type or a wrong payload does not compile, plain date strings do', () => {
    const state = {} as CaseState;
    transition(state, {
      schemaVersion: 2, id: 'e-9', caseId: 'c-1', date: '2025-03-01', type: 'contractSigned',
      actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: { contractId: 'k-1', party: 'worker' },
    });
    transition(state, {
      schemaVersion: 2, id: 'e-9', caseId: 'c-1', date: '2025-03-01',
      // @ts-expect-error 'contractSinged' is not an event type
      type: 'contractSinged',
      actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: { contractId: 'k-1', party: 'worker' },
    });
    transition(state, {
      schemaVersion: 2, id: 'e-9', caseId: 'c-1', date: '2025-03-01', type: 'contractSigned',
      actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' },
      // @ts-expect-error a signature names its party
      payload: { contractId: 'k-1' },
    });
    const input: CaseEventInput = {
      schemaVersion: 2, id: 'e-1', caseId: 'c-1', date: '2025-03-01', type: 'meetingRecorded', actor: { id: 'as-1', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' },
      payload: { place: 'street', clientIds: [], staffIds: [], attendance: 'attended', formsOfWork: ['accompanying'], note: null },
    };
    expectTypeOf(input.date).toEqualTypeOf<string>();
  });

  it('narrows a result on ok', () => {
    const r = replay([]);
    if (r.ok) expectTypeOf(r.value.stage).toEqualTypeOf<Stage>();
    else expectTypeOf(r.error).toEqualTypeOf<ReplayError>();
  });

  it('types issue parameters by code', () => {
    expectTypeOf<IssueOf<'role_not_allowed'>['allowed']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<IssueOf<'date_before_last_event'>['lastEventDate']>().toEqualTypeOf<CivilDate>();
  });

  it('types event payloads by type', () => {
    expectTypeOf<CaseEventOf<'contractAnnexed'>['payload']['content']['period']['to']>().toEqualTypeOf<CivilDate>();
    expectTypeOf<CaseEventInputOf<'contractAnnexed'>['payload']['content']['period']['to']>().toEqualTypeOf<string>();
    expectTypeOf<CaseEvent['type']>().toExtend<string>();
  });

  it('keeps money and dates branded: a plain number or string is not accepted', () => {
    // @ts-expect-error a plain number is not Grosze
    multiplyRatio(100, 1, 2, 'halfUp');
    // @ts-expect-error rounding must be named
    multiplyRatio(100 as Grosze, 1, 2, 'nearest');
    const d: CivilDate = '2025-01-01' as CivilDate;
    // @ts-expect-error a string is not a CivilDate without parsing
    const bad: CivilDate = '2025-01-01';
    expectTypeOf(d).not.toEqualTypeOf<string>();
    void bad;
  });

  it('has no any in the state', () => {
    expectTypeOf<CaseState>().not.toBeAny();
    expectTypeOf<CaseState['problems'][number]['ground']>().not.toBeAny();
  });
});
