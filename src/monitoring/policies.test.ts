import { describe, expect, it } from 'vitest';
import { assistant, contract, emptyCase, meeting } from '../../test/support/monitoringCases.js';
import type { CivilDate } from '../law/civilDate.js';
import { caseloadOf, caseloadWarnings } from './caseload.js';
import type { CaseView } from './caseView.js';
import { type MonitoringPolicy, sopotPolicy } from './policy.js';
import { programmeLengthWarnings } from './programmeLength.js';
import { describeWarning } from './render.js';
import { meetingRhythmWarnings } from './rhythm.js';

const d = (s: string) => s as CivilDate;
const names = { caseName: (id: string) => `sprawa ${id.slice(2)}`, staffName: () => 'Piotr Lis' };
const casesOf = (n: number, team = [assistant('as-piotr', '2025-02-03')]) => Array.from({ length: n }, (_, i) => emptyCase(`c-${i}`, { team }));

describe('caseload per assistant (Sopot: 4–7 persons)', () => {
  it.each([
    [3, ['caseloadBelow']],
    [4, []],
    [7, []],
    [8, ['caseloadAbove']],
  ])('%i persons → %j', (n, kinds) => {
    const w = caseloadWarnings(casesOf(n), '2025-03-01', sopotPolicy).filter((x) => x.role === 'assistant');
    expect(w.map((x) => x.kind)).toEqual(kinds);
    if (kinds.length > 0) expect(w[0]).toMatchObject({ actorId: 'as-piotr', count: n, unit: 'persons', source: sopotPolicy.assistantCaseload?.source });
  });

  it('counts persons in the households, and only open cases and assignments in force on the date', () => {
    const family = emptyCase('c-fam', { team: [assistant('as-piotr', '2025-02-03')], household: { members: [1, 2, 3, 4, 5].map((i) => ({ person: { id: `f-${i}` } })) } });
    const closed = emptyCase('c-closed', { team: [assistant('as-piotr', '2025-02-03')], closure: { date: d('2025-02-28'), reason: 'goalsAchieved', achievedGoalIds: [] } });
    const ended = emptyCase('c-ended', { team: [{ ...assistant('as-piotr', '2025-02-03'), to: d('2025-02-28') }] });
    const later = emptyCase('c-later', { team: [assistant('as-piotr', '2025-03-02')] });
    const load = caseloadOf([family, closed, ended, later], 'as-piotr', '2025-03-01');
    expect(load).toEqual({ actorId: 'as-piotr', caseIds: ['c-fam'], persons: 5 });
    expect(caseloadWarnings([family, closed, ended, later], '2025-03-01', sopotPolicy).map((w) => w.kind)).toEqual([]);
  });

  it('is said in Polish with the right plural and no id', () => {
    const [w] = caseloadWarnings(casesOf(8), '2025-03-01', sopotPolicy);
    const text = describeWarning(w as never, 'pl', names);
    expect(text).toBe('Piotr Lis (asystent): 8 osób pod opieką, więcej niż 7 (MOPS Sopot, „Asystent osoby bezdomnej”, Lębork 4 marca 2010 r.).');
    const [two] = caseloadWarnings(casesOf(2), '2025-03-01', sopotPolicy);
    expect(describeWarning(two as never, 'pl', names)).toContain('2 osoby pod opieką, mniej niż 4');
  });
});

describe('caseload per social worker', () => {
  const policy: MonitoringPolicy = { ...sopotPolicy, socialWorkerCaseload: { min: null, max: 2, unit: 'cases', source: { document: 'zarządzenie Dyrektora nr 5/2025', note: null } } };
  it('is off in the Sopot preset (the sources give no figure), and warns above the centre’s bound', () => {
    expect(caseloadWarnings(casesOf(3, []), '2025-03-01', sopotPolicy)).toEqual([]);
    expect(caseloadWarnings(casesOf(2, []), '2025-03-01', policy)).toEqual([]);
    expect(caseloadWarnings(casesOf(3, []), '2025-03-01', policy)).toMatchObject([{ kind: 'caseloadAbove', role: 'socialWorker', actorId: 'sw-anna', count: 3, unit: 'cases' }]);
    expect(describeWarning(caseloadWarnings(casesOf(3, []), '2025-03-01', policy)[0] as never, 'pl', names)).toContain('3 sprawy pod opieką');
  });
});

describe('meeting rhythm (Sopot: 1–2 a week with a homeless person’s assistant)', () => {
  const base = (meetings: CaseView['meetings']) => [emptyCase('c-1', { team: [assistant('as-piotr', '2025-03-03')], meetings })];
  it.each([
    [0, ['meetingsBelowRhythm']],
    [1, []],
    [2, []],
    [3, ['meetingsAboveRhythm']],
  ])('%i attended meetings in the week → %j', (n, kinds) => {
    const ms = Array.from({ length: n }, (_, i) => meeting(`2025-03-0${3 + i * 2}`, 'as-piotr'));
    expect(meetingRhythmWarnings(base(ms), '2025-03-09', sopotPolicy).map((w) => w.kind)).toEqual(kinds);
  });

  it('judges only a full window, and counts only attended meetings inside it', () => {
    expect(meetingRhythmWarnings(base([]), '2025-03-08', sopotPolicy)).toEqual([]); // assignment 6 days old
    expect(meetingRhythmWarnings(base([meeting('2025-03-02', 'as-piotr'), meeting('2025-03-05', 'as-piotr', 'clientAbsent')]), '2025-03-09', sopotPolicy).map((w) => w.kind)).toEqual(['meetingsBelowRhythm']);
    const [w] = meetingRhythmWarnings(base([]), '2025-03-10', sopotPolicy);
    expect(w).toMatchObject({ windowFrom: '2025-03-04', inWindow: 0 });
    expect(describeWarning(w as never, 'pl', names)).toBe('Piotr Lis, sprawa 1: 0 spotkań od 4 marca 2025 r. (7 dni), mniej niż 1 (MOPS Sopot, „Asystent osoby bezdomnej”, Lębork 4 marca 2010 r.).');
  });

  it('a family assistant follows the rhythm agreed with the family, and is flagged when none is recorded', () => {
    const team = [assistant('as-ewa', '2025-03-03', 't-ewa', 'family')];
    expect(meetingRhythmWarnings([emptyCase('c-2', { team })], '2025-03-20', sopotPolicy)).toEqual([{ kind: 'rhythmNotAgreed', caseId: 'c-2', assignmentId: 't-ewa', actorId: 'as-ewa' }]);
    const agreed = emptyCase('c-2', { team, meetings: [meeting('2025-03-10', 'as-ewa')], monitoringData: { agreedRhythms: [{ assignmentId: 't-ewa', rhythm: { min: 1, max: null, perDays: 14 }, agreedOn: d('2025-03-03') }] } });
    expect(meetingRhythmWarnings([agreed], '2025-03-20', sopotPolicy)).toEqual([]);
    const [late] = meetingRhythmWarnings([agreed], '2025-03-24', sopotPolicy);
    expect(late).toMatchObject({ kind: 'meetingsBelowRhythm', source: { kind: 'agreedInPlan', agreedOn: '2025-03-03' } });
    expect(describeWarning(late as never, 'pl', names)).toContain('rytm uzgodniony z rodziną 3 marca 2025 r.');
  });
});

describe('IPWzB shorter than the time homeless', () => {
  const withProgramme = (since: string, to: string) => emptyCase('c-1', { contracts: [contract('k-1', 'homelessnessExitProgramme', '2025-01-01', to)], monitoringData: { homelessSince: d(since) } });
  it('flags a programme planned for less than half the time homeless, and not at exactly half', () => {
    // homeless 2024-01-01 → 2025-01-01: 366 days; half: 183 days, i.e. a programme to 2025-07-02 inclusive
    expect(programmeLengthWarnings([withProgramme('2024-01-01', '2025-07-02')], '2025-02-01', sopotPolicy)).toEqual([]);
    expect(programmeLengthWarnings([withProgramme('2024-01-01', '2025-07-01')], '2025-02-01', sopotPolicy)).toMatchObject([{ plannedDays: 182 }]);
    const short = programmeLengthWarnings([withProgramme('2024-01-01', '2025-06-30')], '2025-02-01', sopotPolicy);
    expect(short).toMatchObject([{ kind: 'programmeShorterThanHomelessness', plannedDays: 181, homelessDays: 366, homelessSince: '2024-01-01' }]);
    expect(describeWarning(short[0] as never, 'pl', names)).toContain('program zaplanowano na 181 dni, a osoba była bezdomna przez 366 dni');
  });

  it('does not judge a case with no “homeless since” or a social contract', () => {
    expect(programmeLengthWarnings([emptyCase('c-1', { contracts: [contract('k-1', 'homelessnessExitProgramme', '2025-01-01', '2025-02-01')] })], '2025-02-01', sopotPolicy)).toEqual([]);
    expect(programmeLengthWarnings([emptyCase('c-1', { contracts: [contract('k-1', 'socialContract', '2025-01-01', '2025-02-01')], monitoringData: { homelessSince: d('2015-01-01') } })], '2025-02-01', sopotPolicy)).toEqual([]);
  });
});
