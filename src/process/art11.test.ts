import { describe, expect, it } from 'vitest';
import { homelessManSopot } from '../../examples/scenarios/homelessManSopot.js';
import { explainBreachStep } from '../breach/explainBreach.js';
import { breachCandidatesFromCase, contractPeriodsOf } from '../breach/fromCase.js';
import { assessBreachFromCase, assessBreachProcedure } from './art11.js';
import { replay } from './replay.js';
import type { CaseState } from './state.js';

const log = homelessManSopot();
const stateAt = (date: string): CaseState => {
  const r = replay(log.filter((e) => e.date <= date));
  if (!r.ok) throw new Error('prefix replays');
  return r.value;
};
const options = {
  clientFacts: { unemployed: true, addictedToAlcohol: true },
  situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: false },
  justifiedReason: { found: true, reasoning: 'choroba potwierdzona zaświadczeniem lekarskim' },
};

describe('art. 11 reads the one stream', () => {
  it('finds the therapy not done, with its justification', () => {
    const candidates = breachCandidatesFromCase(stateAt('2026-01-30'));
    expect(candidates.map((c) => [c.ground, c.occurredOn, c.explanation])).toEqual([['breakingContract', '2025-03-05', 'Choroba — zaświadczenie lekarskie z 2025-03-04']]);
  });

  it('reads contract periods: none while the IPWzB waits for the head, from the approval on, to the annex end, cut by completion', () => {
    const signed = replay(log.slice(0, log.findIndex((e) => e.type === 'contractApproved')));
    expect(signed.ok && contractPeriodsOf(signed.value.contracts)).toEqual([]);
    expect(contractPeriodsOf(stateAt('2025-03-12').contracts)).toEqual([{ contractId: 'ipwzb-2025-001', from: '2025-02-03', to: '2026-01-31' }]);
    expect(contractPeriodsOf(stateAt('2026-01-30').contracts)).toEqual([{ contractId: 'ipwzb-2025-001', from: '2025-02-03', to: '2026-01-30' }]);
  });

  it('reads an annex that moves the end and a termination that cuts it short', () => {
    const s = stateAt('2025-03-12');
    const c = s.contracts[0];
    if (!c) throw new Error('fixture');
    const annexed = { ...c, versions: [...c.versions, { ...c.versions[1]!, version: 3, content: { ...c.content, period: { ...c.content.period, to: '2026-06-30' } } }] } as typeof c;
    expect(contractPeriodsOf([annexed])[0]?.to).toBe('2026-06-30');
    const terminated = { ...c, ending: { date: '2025-04-01', status: 'terminated', reason: 'clientWithdrawal', note: 'rezygnacja', finalEvaluation: null } } as typeof c;
    expect(contractPeriodsOf([terminated])[0]?.to).toBe('2025-04-01');
  });

  it('assesses the justified absence as no ground, with the contract in force from the stream', () => {
    const state = stateAt('2025-03-12');
    const eventId = breachCandidatesFromCase(state)[0]?.eventId as string;
    const first = assessBreachFromCase(state, { asOf: '2025-03-12', eventId, ...options });
    const again = assessBreachFromCase(structuredClone(state), { asOf: '2025-03-12', eventId, ...options });
    expect(first.ok && first.value.outcome).toBe('noGround');
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    // The contract read from the stream is named in the step's data; the Polish sentence carries no id.
    const step = first.ok ? first.value.trace.find((s) => s.rule === 'art11.contractInForce') : undefined;
    expect(step).toMatchObject({ inputs: { contractId: 'ipwzb-2025-001', from: '2025-02-03', to: '2026-01-31' }, units: { inputs: { contractId: 'id?' } }, outcome: true });
    const pl = step && explainBreachStep(step, 'pl');
    expect(pl).toBe('Kontrakt obowiązywał w dniu 5 marca 2025 r. (od 3 lutego 2025 r. do 31 stycznia 2026 r.).');
    expect(step && explainBreachStep(step, 'en')).not.toContain('ipwzb-2025-001');
  });

  it('names an unknown circumstance with a typed issue', () => {
    const r = assessBreachFromCase(stateAt('2025-03-12'), { asOf: '2025-03-12', eventId: 'none', ...options });
    expect(r.ok ? [] : r.error.map((i) => i.code)).toEqual(['unknown_reference']);
    expect(assessBreachProcedure(stateAt('2025-03-12'), 'none', '2025-03-12').ok).toBe(false);
  });
});
