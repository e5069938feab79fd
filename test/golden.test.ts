import { describe, expect, it } from 'vitest';
import { BreachGround, assessBreach, assessEligibility, explain, explainBreach } from '../src/index.js';
import { breachInput } from './support/breach.js';
import { netIncome, request } from './support/eligibility.js';
import { polishTextProblems } from './support/polishText.js';

/**
 * Golden files: whole answers — outcome, amounts, every trace step with its numbers, and the texts in
 * both languages — for a spread of cases. The SDK promises the same output for the same input, byte for
 * byte; any change to a rule, a number or a sentence shows here and must be reviewed.
 */
const family3 = [{ id: 'p', relation: 'applicant' }, { id: 's', relation: 'spouse' }, { id: 'c', relation: 'child', birthDate: '2012-05-05' }];
const localLaw = {
  gmina: 'Skępe',
  rules: [
    { kind: 'raisedThreshold', allowance: 'purposeAllowance', percentOfCriterion: 150, from: '2025-01-01', to: null, resolution: { number: 'V/20/2024', adoptedOn: '2024-12-10', source: 'Dz. Urz. Woj. 2024 poz. 9' } },
    { kind: 'raisedThreshold', allowance: 'periodicAllowance', percentOfCriterion: 120, from: '2025-01-01', to: null, resolution: { number: 'V/21/2024', adoptedOn: '2024-12-10', source: 'Dz. Urz. Woj. 2024 poz. 10' } },
    { kind: 'raisedPeriodicMinimumShare', percentOfDifference: 70, from: '2025-01-01', to: null, resolution: { number: 'V/22/2024', adoptedOn: '2024-12-10', source: 'Dz. Urz. Woj. 2024 poz. 11' } },
  ],
};
const receipt = (o: Record<string, unknown>) => ({ ...netIncome('p', '2025-02', 0), ...o });

const eligibilityCases: [string, Record<string, unknown>][] = [
  ['permanent, single, 500 zł, 2025', request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 50000)] })],
  ['permanent, single, floor, 2023', request({ benefit: 'permanentAllowance', asOf: '2023-06-01', income: [netIncome('p', '2023-05', 76000)] })],
  ['permanent, single, cap, 2006', request({ benefit: 'permanentAllowance', asOf: '2006-10-01', income: [] })],
  ['permanent, family of 3', request({ benefit: 'permanentAllowance', asOf: '2025-03-01', members: family3, income: [netIncome('s', '2025-02', 180000)] })],
  ['permanent, equal to criterion', request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 101000)] })],
  ['periodic, single, no cap given', request({ benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'], income: [netIncome('p', '2025-02', 40000)] })],
  ['periodic, single, per-person cap', request({ benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'], income: [netIncome('p', '2025-02', 10000)], extra: { periodicCapSinglePerson: { kind: 'perPersonCriterion', source: 'opinia prawna' } } })],
  ['periodic, family, local law', request({ benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'], members: family3, income: [netIncome('s', '2025-02', 200000)], extra: { localLaw } })],
  ['periodic, between criterion and local threshold', request({ benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'], income: [netIncome('p', '2025-02', 110000)], extra: { localLaw } })],
  ['purpose, local threshold', request({ benefit: 'purposeAllowance', asOf: '2025-03-01', grounds: ['longTermIllness'], income: [netIncome('p', '2025-02', 140000)], extra: { localLaw } })],
  ['purpose, poverty only', request({ benefit: 'purposeAllowance', asOf: '2025-03-01', grounds: ['poverty'] })],
  ['random event', request({ benefit: 'randomEventPurposeAllowance', asOf: '2025-03-01', grounds: ['disaster'] })],
  ['special purpose', request({ benefit: 'specialPurposeAllowance', asOf: '2025-03-01', members: family3, income: [netIncome('s', '2025-02', 300000)], extra: { particularlyJustified: true } })],
  ['social work, humanitarian stay', request({ benefit: 'socialWork', asOf: '2025-03-01', facts: { legalStatus: 'foreignerHumanitarian' } })],
  ['income: every kind', request({
    benefit: 'periodicAllowance', asOf: '2025-03-20', applicationDate: '2025-03-15', grounds: ['unemployment'], members: family3,
    income: [
      receipt({ id: 'wage', source: 'employment', gross: 300000, incomeTax: 15000, healthContribution: 20000, socialContributions: 40000 }),
      receipt({ id: 'bonus', personId: 's', source: 'other', gross: 2000000, oneOff: true, month: '2025-01' }),
      receipt({ id: 'backpay', personId: 's', source: 'pension', gross: 120000, forPeriod: { from: '2025-01', to: '2025-03' } }),
      receipt({ id: 'celowy', source: 'purposeAllowance', gross: 50000 }),
      receipt({ id: '800plus', personId: 'c', source: 'childRaisingBenefit', gross: 80000 }),
      { kind: 'business', id: 'shop', personId: 's', month: '2025-02', revenue: 900000, costs: 700000, incomeTax: 10000, healthContribution: 30000, socialContributions: 50000 },
      { kind: 'flatRateBusiness', id: 'ryczalt', personId: 'p', month: '2025-02', declaredIncome: 40000 },
      { kind: 'farm', id: 'pole', personId: 'p', conversionHectares: '2.3456' },
      { kind: 'maintenancePaid', id: 'alimenty', personId: 'p', month: '2025-02', amount: 60000 },
    ],
    extra: { unverifiedIncomeDecisions: { childRaisingBenefit: 'exclude', flatRateBusiness: 'count' } },
  })],
  ['income: undecided kinds', request({ benefit: 'purposeAllowance', asOf: '2025-03-01', grounds: ['unemployment'], income: [receipt({ id: 'ryczalt', kind: 'flatRateBusiness', declaredIncome: 1, source: undefined, gross: undefined, incomeTax: undefined, healthContribution: undefined, socialContributions: undefined, oneOff: undefined, forPeriod: undefined }), receipt({ id: 'dobry-start', source: 'goodStart', gross: 30000 })].map((i) => JSON.parse(JSON.stringify(i))) })],
  ['before the act', request({ benefit: 'permanentAllowance', asOf: '2004-04-30' })],
  ['periodic, single, 2021-04-30: cap 418 zł', request({ benefit: 'periodicAllowance', asOf: '2021-04-30', grounds: ['unemployment'] })],
  ['periodic, single, 2021-06-15: cap not known', request({ benefit: 'periodicAllowance', asOf: '2021-06-15', grounds: ['unemployment'] })],
  ['periodic, family, 2005: minimum share 20 %', request({ benefit: 'periodicAllowance', asOf: '2005-06-01', grounds: ['unemployment'], members: family3 })],
  ['permanent, concurrent nursing benefit', request({ benefit: 'permanentAllowance', asOf: '2025-03-01', facts: { concurrentEntitlements: ['nursingBenefit'] } })],
  ['permanent, supplementary benefit and farm with KRUS', request({
    benefit: 'permanentAllowance', asOf: '2025-03-01',
    income: [receipt({ id: 'uzupelniajace', source: 'supplementaryBenefit', gross: 50000 }), { kind: 'farm', id: 'pole', personId: 'p', conversionHectares: '1.5', monthlyContribution: 12000 }],
  })],
  ['permanent, income in the application month', request({ benefit: 'permanentAllowance', asOf: '2025-03-20', applicationDate: '2025-03-15', income: [netIncome('p', '2025-03', 100999)] })],
  ['periodic, family, alimony above income, whole family', request({
    benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'], members: family3,
    income: [netIncome('s', '2025-02', 100000), { kind: 'maintenancePaid', id: 'alimenty', personId: 'p', month: '2025-02', amount: 50000 }],
    extra: { maintenanceBeyondIncome: 'wholeFamily' },
  })],
  ['permanent, 2031: parameters unverified', request({ benefit: 'permanentAllowance', asOf: '2031-03-01' })],
];

function render(name: string, value: unknown, texts: [string, string], indent = 1): string {
  return [`### ${name}`, texts[0], '', texts[1], '', JSON.stringify(value, null, indent), ''].join('\n');
}

describe('golden files', () => {
  it('eligibility answers, with their traces and explanations', async () => {
    const out = eligibilityCases.map(([name, req]) => {
      const r = assessEligibility(req);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return render(name, r.value, [explain(r.value, 'pl'), explain(r.value, 'en')]);
    });
    await expect(out.join('\n')).toMatchFileSnapshot('./__golden__/eligibility.txt');
  });

  it('art. 11 assessments for every ground, hearing and benefit situation', async () => {
    const hearings = [
      ['not asked', { hearing: { status: 'notAsked' } }],
      ['no answer', { hearing: { status: 'noAnswer', deadline: '2025-03-17' } }],
      ['justified', { hearing: { status: 'explained', receivedOn: '2025-03-10', text: 'Wyjaśnienie.' }, justifiedReason: { found: true, reasoning: 'Uzasadnione.' } }],
      ['unjustified', { hearing: { status: 'explained', receivedOn: '2025-03-10', text: 'Wyjaśnienie.' }, justifiedReason: { found: false, reasoning: 'Nieuzasadnione.' } }],
    ] as const;
    const situations = [
      ['all', { pendingApplication: true, benefitGranted: true, cashBeingPaid: true }],
      ['none', { pendingApplication: false, benefitGranted: false, cashBeingPaid: false }],
    ] as const;
    const out: string[] = [];
    for (const ground of BreachGround.options) {
      for (const [h, hearing] of hearings) {
        for (const [s, situation] of situations) {
          const r = assessBreach(breachInput({ ground, situation, ...hearing, clientFacts: { unemployed: s === 'all', addictedToAlcohol: s === 'all' } }));
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          out.push(render(`${ground} / ${h} / ${s}`, { outcome: r.value.outcome, reasons: r.value.reasons, measures: r.value.measures, trace: r.value.trace.map((t) => [t.rule, t.outcome, t.flags, t.inputs]) }, [explainBreach(r.value, 'pl'), explainBreach(r.value, 'en')], 0));
        }
      }
    }
    await expect(out.join('\n')).toMatchFileSnapshot('./__golden__/breach.txt');
  });

  it('Polish text of every golden answer has no code, id or English word', () => {
    const problems: string[] = [];
    for (const [name, req] of eligibilityCases) {
      const r = assessEligibility(req);
      if (r.ok) problems.push(...polishTextProblems(explain(r.value, 'pl')).map((p) => `${name}: ${p}`));
    }
    for (const ground of BreachGround.options) {
      for (const hearing of [{ status: 'notAsked' }, { status: 'noAnswer', deadline: '2025-03-17' }]) {
        const r = assessBreach(breachInput({ ground, hearing }));
        if (r.ok) problems.push(...polishTextProblems(explainBreach(r.value, 'pl')).map((p) => `${ground}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('the Polish-text check catches codes, ids and English words', () => {
    expect(polishTextProblems('status polishCitizen')).toHaveLength(1); // „status” is Polish too
    expect(polishTextProblems('5511 (emerytura) — p-ewa, i-p-2025-02-50000')).toHaveLength(2);
    expect(polishTextProblems('pewność S; the reference gives')).toHaveLength(1);
    expect(polishTextProblems('Dochód 1 313,00 zł nie jest niższy od kryterium; to jest opiekuńczo-wychowawczy.')).toEqual([]);
  });
});
