import { describe, expectTypeOf, it } from 'vitest';
import {
  type CaseEvent,
  type CaseEventOf,
  type CaseState,
  type CivilDate,
  type Grosze,
  type Issue,
  type IssueOf,
  type Result,
  type Stage,
  type TransitionResult,
  multiplyRatio,
  openCase,
  replay,
  transition,
} from '../src/index.js';

describe('public API types', () => {
  it('transition takes unknown input and returns a Result of a state or issues', () => {
    expectTypeOf(transition).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(transition).returns.toEqualTypeOf<TransitionResult>();
    expectTypeOf<TransitionResult>().toEqualTypeOf<Result<CaseState, readonly Issue[]>>();
    expectTypeOf(openCase).returns.toEqualTypeOf<TransitionResult>();
  });

  it('narrows a result on ok', () => {
    const r = replay([]);
    if (r.ok) expectTypeOf(r.value.stage).toEqualTypeOf<Stage>();
    else expectTypeOf(r.error.index).toBeNumber();
  });

  it('types issue parameters by code', () => {
    expectTypeOf<IssueOf<'role_not_allowed'>['allowed']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<IssueOf<'date_before_last_event'>['lastEventDate']>().toEqualTypeOf<CivilDate>();
  });

  it('types event payloads by type', () => {
    expectTypeOf<CaseEventOf<'contractSigned'>['payload']['validTo']>().toEqualTypeOf<CivilDate>();
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
