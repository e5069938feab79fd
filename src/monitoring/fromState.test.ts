import { describe, expect, expectTypeOf, it } from 'vitest';
import { homelessManSopot } from '../../examples/scenarios/homelessManSopot.js';
import type { CivilDate } from '../law/civilDate.js';
import { replay } from '../process/replay.js';
import type { CaseState } from '../process/state.js';
import { agenda } from './agenda.js';
import type { CaseView } from './caseView.js';
import { meetingRhythmWarnings } from './rhythm.js';
import { programmeLengthWarnings } from './programmeLength.js';
import { sopotPolicy } from './policy.js';
import { report } from './report.js';

const stateOn = (asOf: string): CaseState => {
  const r = replay(homelessManSopot().filter((e) => e.date <= asOf));
  if (!r.ok) throw new Error('the Sopot stream must replay');
  return r.value;
};

describe('monitoring on one-stream case states (the Sopot homeless man, scenario 1)', () => {
  it('takes a CaseState as it is: no adapter call, no replay', () => {
    expectTypeOf<CaseState>().toMatchTypeOf<CaseView>();
  });

  it('the assistant’s agenda on two dates: a meeting due by the weekly rhythm, later overdue', () => {
    const piotr = { actor: { id: 'as-piotr', role: 'assistant' } };
    const early = agenda([stateOn('2025-02-20')], '2025-02-20', piotr).items;
    expect(early.map((i) => i.kind)).toEqual(['meeting']);
    const later = agenda([stateOn('2025-03-17')], '2025-03-17', piotr).items;
    expect(later.map((i) => i.kind)).toEqual(['meeting']);
    expect((later[0]?.daysLate ?? 0) > (early[0]?.daysLate ?? 0)).toBe(true);
    expect(meetingRhythmWarnings([stateOn('2025-03-17')], '2025-03-17', sopotPolicy).map((w) => w.kind)).toEqual(['meetingsBelowRhythm']);
  });

  it('the worker sees the IPWzB review from the contract in the stream', () => {
    const items = agenda([stateOn('2025-03-17')], '2025-03-17', { actor: { id: 'sw-anna', role: 'socialWorker' } }).items;
    expect(items.map((i) => [i.kind, i.subjectId])).toContainEqual(['contractReview', 'ipwzb-2025-001']);
  });

  it('reads “homeless since” and outcomes from monitoringData beside the state', () => {
    const state = stateOn('2025-03-17');
    const view: CaseView = { ...state, monitoringData: { homelessSince: '2022-01-15' as CivilDate } };
    expect(programmeLengthWarnings([view], '2025-03-17', sopotPolicy).map((w) => w.kind)).toEqual(['programmeShorterThanHomelessness']);
    const closed = stateOn('2026-12-31');
    const r = report([{ ...closed, monitoringData: { outcomes: [{ outcome: 'openMarketJob', date: '2025-05-26' as CivilDate }] } }], { from: '2025-01-01', to: '2026-12-31' });
    expect(r.contracts.find((t) => t.kind === 'homelessnessExitProgramme')).toMatchObject({ concluded: 1, persons: 1, men: 1, completed: 1 });
    expect(r.outcomes.find((o) => o.outcome === 'openMarketJob')?.persons).toBe(1);
    expect(r.goals.closedCases).toBe(1);
  });
});
