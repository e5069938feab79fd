import { describe, expect, it } from 'vitest';
import { breachInput } from '../../test/support/breach.js';
import { assessBreach } from './assessBreach.js';
import { clause } from './text/catalogue.js';
import { breachGrounds } from './breachGround.js';
import type { BreachAssessment } from './assessBreach.js';

/** The art. 11 corrections of REFERENCE.md §0.0 (2026-11-25), at their boundaries. */
function assess(o: Record<string, unknown> = {}): BreachAssessment {
  const r = assessBreach(breachInput(o));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('art. 11 ust. 2: the wording is dated with honest confidence (§0.0 item 7)', () => {
  const at = (ground: string, occurredOn: string, asOf = occurredOn) =>
    assess({ ground, occurredOn, asOf, hearing: { status: 'explained', receivedOn: occurredOn, text: 'x' }, justifiedReason: { found: false, reasoning: 'x' } });
  it('refusing training, an internship or intervention works: before 2011-05-03 only socially useful work was named', () => {
    const before = at('refusingActivation', '2011-05-02');
    expect([before.outcome, before.reasons.map((r) => r.rule)]).toEqual(['unsupported', ['art11.activationBefore2011']]);
    const on = at('refusingActivation', '2011-05-03');
    expect(on.outcome).toBe('groundMayApply');
    expect(on.trace[0]?.flags).toEqual(['unverified']); // S: secondary sources
  });
  it('refusing a job: verified from 2004; unverified from 2025-06-01 (the repeal of the employment-promotion act)', () => {
    expect(at('refusingJob', '2025-05-31').trace[0]?.flags).toEqual([]);
    expect(at('refusingJob', '2025-06-01').trace[0]?.flags).toEqual(['unverified']);
  });
  it('nothing is marked verified from 2004 that was not: the family-assistant and PAI clauses are R', () => {
    expect(breachGrounds.noCooperation.wording.periods.map((w) => w.confidence)).toEqual(['R']);
    expect(breachGrounds.refusingSocialIntegration.wording.periods.map((w) => [w.from, w.confidence])).toEqual([['2004-05-01', 'R'], ['2025-06-01', 'R']]);
    expect(breachGrounds.refusingActivation.wording.periods.map((w) => [w.from, w.confidence])).toEqual([['2004-05-01', 'S'], ['2011-05-03', 'S'], ['2025-06-01', 'R']]);
  });
});

describe('art. 11 ust. 3: dependants are the persons the client maintains (§0.0 item 8)', () => {
  it('minors by default; an adult partner only when recorded; a minor recorded as not maintained is left out', () => {
    expect(assess().dependants.map((d) => d.personId)).toEqual(['p-ola', 'p-kuba']);
    const recorded = assess({ maintained: [{ personId: 'p-jan', maintained: true }, { personId: 'p-kuba', maintained: false }] });
    expect(recorded.dependants.map((d) => [d.personId, d.why])).toEqual([['p-jan', 'recorded'], ['p-ola', 'minor']]);
  });
  it('a child is a minor the day before the 18th birthday and not on it (art. 10 § 1 k.c.)', () => {
    const olaTurns18 = '2033-04-02';
    expect(assess({ asOf: '2033-04-01', occurredOn: '2033-03-01', hearing: { status: 'noAnswer', deadline: '2033-03-20' }, contractPeriods: [] }).dependants.map((d) => d.personId)).toEqual(['p-ola', 'p-kuba']);
    expect(assess({ asOf: olaTurns18, occurredOn: '2033-03-01', hearing: { status: 'noAnswer', deadline: '2033-03-20' }, contractPeriods: [] }).dependants.map((d) => d.personId)).toEqual(['p-kuba']);
  });
  it('a member born after the day assessed is not a dependant of that day (no „-4 lata”)', () => {
    const a = assess({ ground: 'refusingContract', occurredOn: '2016-03-01', asOf: '2016-03-20', hearing: { status: 'noAnswer', deadline: '2016-03-15' }, contractPeriods: [] });
    expect(a.dependants.map((d) => [d.personId, d.age])).toEqual([['p-ola', 0]]);
    expect(a.trace.at(-1)).toMatchObject({ rule: 'art11.dependants', outcome: 1, inputs: { members: 4, minors: 1 } });
  });
  it('a record for someone outside the household is a typed error', () => {
    const r = assessBreach(breachInput({ maintained: [{ personId: 'p-x', maintained: true }] }));
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_reference', 'maintained']]);
  });
});

describe('the right to be heard: no answer counts only after the time to answer (§0.0, issue item 9)', () => {
  it('noAnswer with the deadline on asOf: awaitingHearing, like asked; the day after: groundMayApply', () => {
    expect(assess({ asOf: '2025-03-17', hearing: { status: 'noAnswer', deadline: '2025-03-17' } }).outcome).toBe('awaitingHearing');
    expect(assess({ asOf: '2025-03-17', hearing: { status: 'asked', requestedOn: '2025-03-10', deadline: '2025-03-17' } }).outcome).toBe('awaitingHearing');
    expect(assess({ asOf: '2025-03-18', hearing: { status: 'noAnswer', deadline: '2025-03-17' } }).outcome).toBe('groundMayApply');
    expect(assess({ asOf: '2025-03-18', hearing: { status: 'asked', requestedOn: '2025-03-10', deadline: '2025-03-17' } }).outcome).toBe('groundMayApply');
  });
});

describe('issue #11: linear text handling', () => {
  it('trims trailing dots and spaces without a backtracking regex, and leaves inner text alone', () => {
    expect(clause('Odmowa. ..  \n')).toBe('Odmowa');
    expect(clause('a.b')).toBe('a.b');
    expect(clause('. . .')).toBe('');
    const long = `x${'. '.repeat(50_000)}y${'.'.repeat(50_000)} `;
    expect(clause(long)).toBe(long.slice(0, long.length - 50_001));
  });
  it('bounds free text: a description over 10 000 characters is a typed issue', () => {
    const r = assessBreach(breachInput({ description: 'a'.repeat(10_001) }));
    expect(r.ok ? [] : r.error.map((i) => i.path.join('.'))).toEqual(['description']);
  });
});

describe('issue #11: ids as keys', () => {
  it('a member id "__proto__" is an ordinary id: recorded as maintained, listed, nothing else touched', () => {
    const household = { id: 'h', kind: 'family', members: [
      { person: { id: 'p-ewa', firstName: 'Ewa', lastName: 'K', birthDate: '1990-06-11' }, relation: 'applicant' },
      { person: { id: '__proto__', firstName: 'Jan', lastName: 'K', birthDate: '1950-01-20' }, relation: 'parent' },
    ] };
    const r = assessBreach(breachInput({ household, maintained: [{ personId: '__proto__', maintained: true }] }));
    expect(r.ok && r.value.dependants.map((d) => [d.personId, d.why])).toEqual([['__proto__', 'recorded']]);
    expect(({} as Record<string, unknown>)['maintained']).toBeUndefined();
  });
});
