import { describe, expect, it } from 'vitest';
import { assess, request } from '../../test/support/eligibility.js';
import { explainEligibilityReason } from './explain.js';
import { LegalStatus } from './personFacts.js';

/** What art. 5 gives each status for each kind of benefit: 'full'/'limited' (eligible), 'none' (not), 'unclear' (unsupported). */
const expected: Record<LegalStatus, Record<'socialWork' | 'purposeAllowance' | 'periodicAllowance' | 'specialPurposeAllowance', 'yes' | 'no' | 'unclear'>> = {
  polishCitizen: { socialWork: 'yes', purposeAllowance: 'yes', periodicAllowance: 'yes', specialPurposeAllowance: 'yes' },
  foreignerFullRights: { socialWork: 'yes', purposeAllowance: 'yes', periodicAllowance: 'yes', specialPurposeAllowance: 'yes' },
  euEftaCitizen: { socialWork: 'yes', purposeAllowance: 'yes', periodicAllowance: 'yes', specialPurposeAllowance: 'yes' },
  foreignerHumanitarian: { socialWork: 'unclear', purposeAllowance: 'yes', periodicAllowance: 'no', specialPurposeAllowance: 'unclear' },
  traffickingVictim: { socialWork: 'unclear', purposeAllowance: 'unclear', periodicAllowance: 'unclear', specialPurposeAllowance: 'unclear' },
  noEntitlement: { socialWork: 'no', purposeAllowance: 'no', periodicAllowance: 'no', specialPurposeAllowance: 'no' },
};
const income = (asOf: string, amount: number) => [{ kind: 'receipt', id: 'i', personId: 'p', source: 'pension', month: asOf.slice(0, 5) + '02', gross: amount, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null }];

describe('art. 5 — who is entitled, by status and benefit', () => {
  const cells = LegalStatus.options.flatMap((status) => (['socialWork', 'purposeAllowance', 'periodicAllowance', 'specialPurposeAllowance'] as const).map((benefit) => [status, benefit] as const));
  it.each(cells)('%s → %s', (status, benefit) => {
    const amount = benefit === 'specialPurposeAllowance' ? 200000 : 10000;
    const r = assess(request({ benefit, asOf: '2025-03-01', grounds: ['unemployment'], income: income('2025-03-01', amount), facts: { legalStatus: status }, extra: { particularlyJustified: true } }));
    const want = expected[status][benefit];
    expect(r.status).toBe(want === 'yes' ? 'eligible' : want === 'no' ? 'notEligible' : 'unsupported');
    const step = r.trace.find((s) => s.rule === 'art5.entitlement');
    expect(step?.outcome).toBe(want === 'yes' ? (status === 'foreignerHumanitarian' ? 'limited' : 'full') : want === 'no' ? 'none' : 'unclear');
    if (want === 'no') expect(r.status === 'notEligible' && r.reasons[0]?.basis).toEqual({ act: 'ups', article: '5' });
    if (want === 'unclear') {
      expect(r.status === 'unsupported' && r.reasons[0]?.basis).toEqual(status === 'traffickingVictim' ? { act: 'ups', article: '5a' } : { act: 'ups', article: '5', point: '2', letter: 'b' });
    }
  });

  it('requires residence and stay in Poland of every status but art. 5a', () => {
    for (const status of ['polishCitizen', 'foreignerFullRights', 'euEftaCitizen', 'foreignerHumanitarian'] as const) {
      const r = assess(request({ benefit: 'purposeAllowance', asOf: '2025-03-01', grounds: ['unemployment'], facts: { legalStatus: status, residesInPoland: false } }));
      expect(r.status === 'notEligible' && r.reasons.map((x) => [x.rule, explainEligibilityReason(x, 'en')])).toEqual([['art5.entitlement', 'No residence and stay in Poland.']]);
      expect(r.trace.find((s) => s.rule === 'art5.entitlement')?.outcome).toBe('none');
    }
    const victim = assess(request({ benefit: 'purposeAllowance', asOf: '2025-03-01', grounds: ['unemployment'], facts: { legalStatus: 'traffickingVictim', residesInPoland: false } }));
    expect(victim.status).toBe('unsupported');
  });
});

describe('art. 13 — custody', () => {
  it.each([
    ['none', 'eligible', true, null],
    ['servingSentenceElectronicMonitoring', 'eligible', true, null],
    ['servingSentence', 'notEligible', false, 'A person serving a prison sentence has no right to benefits.'],
    ['pretrialDetention', 'notEligible', false, 'The right to benefits of a person in pre-trial detention is suspended.'],
  ] as const)('%s → %s', (custody, status, output, reason) => {
    const r = assess(request({ benefit: 'socialWork', asOf: '2025-03-01', facts: { custody } }));
    expect(r.status).toBe(status);
    expect(r.trace.find((s) => s.rule === 'art13.custody')?.outcome).toBe(output);
    if (reason) expect(r.status === 'notEligible' && r.reasons.map((x) => [x.basis, explainEligibilityReason(x, 'en')])).toEqual([[{ act: 'ups', article: '13' }, reason]]);
  });
});
