import { describe, expect, it } from 'vitest';
import { assess, netIncome, request } from '../../test/support/eligibility.js';
import { assessEligibility } from './assessEligibility.js';
import { explain } from './explain.js';

/** Worked examples of ../shared/law/examples.md, one test each. */
describe('permanent allowance (art. 37) — examples.md', () => {
  it('2025, single person unable to work because of age, income 500,00: 1313,00 − 500,00 = 813,00', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 50000)] }));
    expect(r).toMatchObject({ status: 'eligible', amount: 81300, bounds: null, decisionRequired: true });
  });

  it('2023-06-01, single person, income 760,00: 776,00 − 760,00 = 16,00 → floor 30,00', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2023-06-01', income: [netIncome('p', '2023-05', 76000)] }));
    expect(r).toMatchObject({ status: 'eligible', amount: 3000 });
  });

  it('2025, single person, income exactly 1010,00: not eligible (must be lower than the criterion)', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 101000)] }));
    expect(r.status).toBe('notEligible');
    if (r.status === 'notEligible') expect(r.reasons.map((x) => x.rule)).toEqual(['art37.incomeTest']);
  });

  it('2025, single person, income one grosz below the criterion: 1313,00 − 1009,99 = 303,01', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 100999)] }));
    expect(r).toMatchObject({ status: 'eligible', amount: 30301 });
  });

  it('2025, person in a family of 3, family income 1800,00, own income 0: 1069,90 − 600,00 = 469,90', () => {
    const r = assess(request({
      benefit: 'permanentAllowance',
      asOf: '2025-03-01',
      members: [{ id: 'p', relation: 'applicant' }, { id: 's', relation: 'spouse' }, { id: 'c', relation: 'child', birthDate: '2010-01-01' }],
      income: [netIncome('s', '2025-02', 180000)],
    }));
    expect(r).toMatchObject({ status: 'eligible', amount: 46990 });
  });

  it('caps a single person at 1229,00 in 2025 (income 0: 1313,00 → 1229,00)', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01' }));
    expect(r).toMatchObject({ status: 'eligible', amount: 122900 });
  });

  it('uses the old formula on 2023-12-31 and the new one on 2024-01-01', () => {
    const before = assess(request({ benefit: 'permanentAllowance', asOf: '2023-12-31', income: [netIncome('p', '2023-11', 50000)] }));
    const after = assess(request({ benefit: 'permanentAllowance', asOf: '2024-01-01', income: [netIncome('p', '2023-12', 50000)] }));
    expect(before).toMatchObject({ status: 'eligible', amount: 27600 }); // 776 − 500
    expect(after).toMatchObject({ status: 'eligible', amount: 50880 }); // 1008,80 − 500
  });

  it('refuses a person able to work, and a minor', () => {
    const able = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', unableToWork: null }));
    expect(able.status === 'notEligible' && able.reasons.map((x) => x.rule)).toEqual(['art37.unableToWork']);
    const minor = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', birthDate: '2008-01-01', unableToWork: 'complete' }));
    expect(minor.status === 'notEligible' && minor.reasons.map((x) => x.rule)).toEqual(['art37.adult']);
  });
});

describe('periodic allowance (art. 38) — examples.md', () => {
  it('2025, single person, income 400,00: difference 610,00; at least 305,00, at most 610,00 (the cap, 823,00 since 2021-12-31, does not bind)', () => {
    const r = assess(request({ benefit: 'periodicAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 40000)], grounds: ['unemployment'] }));
    expect(r).toMatchObject({ status: 'eligible', amount: 30500, bounds: { min: 30500, max: 61000 }, unsupportedParts: [] });
  });

  it('applies a cap the integrator states (418,00 zł reading): at most 418,00', () => {
    const r = assess(request({
      benefit: 'periodicAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 40000)], grounds: ['unemployment'],
      extra: { periodicCapSinglePerson: { kind: 'amount', amount: 41800, source: 'art. 38 ust. 2 pkt 1 (older text)' } },
    }));
    expect(r).toMatchObject({ status: 'eligible', amount: 30500, bounds: { min: 30500, max: 41800 }, unsupportedParts: [] });
  });

  it('2025, family of 4, family income 2000,00: criterion 3292,00; difference 1292,00; minimum 646,00', () => {
    const r = assess(request({
      benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'],
      members: [{ id: 'p', relation: 'applicant' }, { id: 'a', relation: 'spouse' }, { id: 'b', relation: 'child' }, { id: 'c', relation: 'child' }],
      income: [netIncome('a', '2025-02', 200000)],
    }));
    expect(r).toMatchObject({ status: 'eligible', amount: 64600, bounds: { min: 64600, max: 129200 }, unsupportedParts: [] });
  });

  it('2025, family of 3, family income 2460,00: difference 9,00; 50% = 4,50 → floor 20,00', () => {
    const r = assess(request({
      benefit: 'periodicAllowance', asOf: '2025-03-01', grounds: ['unemployment'],
      members: [{ id: 'p', relation: 'applicant' }, { id: 'a', relation: 'spouse' }, { id: 'b', relation: 'child' }],
      income: [netIncome('a', '2025-02', 246000)],
    }));
    expect(r).toMatchObject({ status: 'eligible', amount: 2000, bounds: { min: 2000, max: 2000 } });
  });

  it('refuses income equal to the criterion (strictly lower), accepts one grosz below', () => {
    const at = assess(request({ benefit: 'periodicAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 101000)], grounds: ['unemployment'] }));
    expect(at.status).toBe('notEligible');
    const below = assess(request({ benefit: 'periodicAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 100999)], grounds: ['unemployment'] }));
    expect(below).toMatchObject({ status: 'eligible', amount: 2000 }); // 0,01 difference → floor
  });

  it("applies the gmina's higher minimum share (art. 38 ust. 6) and shows it as local law", () => {
    const r = assess(request({
      benefit: 'periodicAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 40000)], grounds: ['unemployment'],
      extra: { localLaw: { gmina: 'Rudnik', rules: [{ kind: 'raisedPeriodicMinimumShare', percentOfDifference: 100, from: '2024-01-01', to: null, resolution: { number: 'XX/1/2023', adoptedOn: '2023-12-20', source: 'Dz. Urz. Woj. 2023 poz. 1' } }] } },
    }));
    expect(r).toMatchObject({ status: 'eligible', amount: 61000 });
    expect(r.trace.some((s) => s.flags.includes('localLaw'))).toBe(true);
  });
});

describe('purpose allowances (art. 39, 40, 41) and social work (art. 45)', () => {
  it('purpose allowance: income equal to the criterion does not exceed it (art. 8 „nie przekracza”)', () => {
    const r = assess(request({ benefit: 'purposeAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 101000)], grounds: ['longTermIllness'] }));
    expect(r).toMatchObject({ status: 'eligible', amount: null, bounds: null });
    const above = assess(request({ benefit: 'purposeAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 101001)], grounds: ['longTermIllness'] }));
    expect(above.status).toBe('notEligible');
  });

  it("purpose allowance: a gmina's raised threshold (art. 8 ust. 2) entitles above the statutory criterion", () => {
    const localLaw = { gmina: 'Skępe', rules: [{ kind: 'raisedThreshold', allowance: 'purposeAllowance', percentOfCriterion: 150, from: '2025-01-01', to: null, resolution: { number: 'V/20/2024', adoptedOn: '2024-12-10', source: 'Dz. Urz. Woj. Kuj.-Pom. 2024 poz. 9' } }] };
    const r = assess(request({ benefit: 'purposeAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 151500)], grounds: ['longTermIllness'], extra: { localLaw } }));
    expect(r.status).toBe('eligible');
    expect(explain(r, 'pl')).toContain('uchwała rady gminy Skępe nr V/20/2024');
  });

  it('poverty alone is not enough for a cash benefit (art. 8 ust. 1)', () => {
    const r = assess(request({ benefit: 'purposeAllowance', asOf: '2025-03-01', grounds: ['poverty'] }));
    expect(r.status === 'notEligible' && r.reasons.map((x) => x.rule)).toEqual(['art8.grounds']);
  });

  it('random event (art. 40): regardless of income', () => {
    const r = assess(request({ benefit: 'randomEventPurposeAllowance', asOf: '2025-03-01', grounds: ['randomEvent'], income: [netIncome('p', '2025-02', 900000)] }));
    expect(r.status).toBe('eligible');
    const none = assess(request({ benefit: 'randomEventPurposeAllowance', asOf: '2025-03-01', grounds: ['unemployment'] }));
    expect(none.status).toBe('notEligible');
  });

  it('special purpose allowance (art. 41): above the criterion, particularly justified, up to the criterion', () => {
    const r = assess(request({ benefit: 'specialPurposeAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 150000)], extra: { particularlyJustified: true } }));
    expect(r).toMatchObject({ status: 'eligible', amount: null, bounds: { min: null, max: 101000 } });
    const below = assess(request({ benefit: 'specialPurposeAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 50000)] }));
    expect(below.status === 'notEligible' && below.reasons.map((x) => x.rule)).toEqual(['art41.incomeAbove', 'art41.justified']);
  });

  it('social work: regardless of income and without a decision', () => {
    const r = assess(request({ benefit: 'socialWork', asOf: '2025-03-01', grounds: ['poverty'], income: [netIncome('p', '2025-02', 900000)] }));
    expect(r).toMatchObject({ status: 'eligible', decisionRequired: false });
  });
});

describe('who is entitled (art. 5, 13)', () => {
  it('refuses a person serving a prison sentence, but not under electronic monitoring', () => {
    const jail = assess(request({ benefit: 'socialWork', asOf: '2025-03-01', facts: { custody: 'servingSentence' } }));
    expect(jail.status === 'notEligible' && jail.reasons.map((x) => x.rule)).toEqual(['art13.custody']);
    const tag = assess(request({ benefit: 'socialWork', asOf: '2025-03-01', facts: { custody: 'servingSentenceElectronicMonitoring' } }));
    expect(tag.status).toBe('eligible');
  });

  it('limits a foreigner on humanitarian stay to a purpose allowance (among the assessed benefits)', () => {
    const purpose = assess(request({ benefit: 'purposeAllowance', asOf: '2025-03-01', facts: { legalStatus: 'foreignerHumanitarian' } }));
    expect(purpose.status).toBe('eligible');
    const periodic = assess(request({ benefit: 'periodicAllowance', asOf: '2025-03-01', facts: { legalStatus: 'foreignerHumanitarian' } }));
    expect(periodic.status === 'notEligible' && periodic.reasons.map((x) => x.rule)).toEqual(['art5.entitlement']);
    const work = assess(request({ benefit: 'socialWork', asOf: '2025-03-01', facts: { legalStatus: 'foreignerHumanitarian' } }));
    expect(work.status).toBe('unsupported');
  });

  it('refuses a person who does not live in Poland', () => {
    const r = assess(request({ benefit: 'socialWork', asOf: '2025-03-01', facts: { residesInPoland: false } }));
    expect(r.status).toBe('notEligible');
  });

  it('lists every reason, not the first', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', grounds: ['poverty'], unableToWork: null, facts: { custody: 'servingSentence' }, income: [netIncome('p', '2025-02', 200000)] }));
    expect(r.status === 'notEligible' && r.reasons.map((x) => x.rule)).toEqual(['art13.custody', 'art8.grounds', 'art37.unableToWork', 'art37.incomeTest']);
  });
});

describe('coverage, unverified income and bad input', () => {
  it('answers unsupported before the act entered into force (2004-04-30)', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2004-04-30' }));
    expect(r.status).toBe('unsupported');
    expect(explain(r, 'en')).toContain('before the Social Assistance Act entered into force (1 May 2004)');
  });

  it('answers unsupported for an unverified income kind until the centre decides, then follows the decision with a flag', () => {
    const item = { ...netIncome('p', '2025-02', 80000), source: 'supportBenefit' };
    const open = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [item] }));
    expect(open.status === 'unsupported' && open.reasons.map((x) => x.rule)).toEqual(['art8.unverifiedIncome']);
    const excluded = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [item], extra: { unverifiedIncomeDecisions: { supportBenefit: 'exclude' } } }));
    expect(excluded).toMatchObject({ status: 'eligible', amount: 122900 });
    expect(excluded.trace.find((s) => s.rule === 'art8.integratorExcluded')?.flags).toEqual(['unverified', 'integratorDecision']);
    const counted = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [item], extra: { unverifiedIncomeDecisions: { supportBenefit: 'count' } } }));
    expect(counted).toMatchObject({ status: 'eligible', amount: 51300 });
  });

  it('returns typed issues naming the field for invalid input, and never throws', () => {
    const bad = request({ benefit: 'permanentAllowance', asOf: '2025-02-30', income: [{ ...netIncome('ghost', '2025-02', 1) }] });
    const r = assessEligibility(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_input', 'asOf'],
        ['invalid_input', 'application.date'],
      ]);
      // cross-field checks (here: the unknown person) run once the fields themselves parse; see `ghost` below
    }
    const ghost = assessEligibility(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('ghost', '2025-02', 1)] }));
    expect(ghost.ok ? [] : ghost.error.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_reference', 'income.0.personId']]);
    expect(assessEligibility(null).ok).toBe(false);
    expect(assessEligibility({ benefit: 'teleport' }).ok).toBe(false);
  });
});

describe('explain', () => {
  it('renders the permanent-allowance example for a decision, in Polish and English', () => {
    const r = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 50000)] }));
    expect(explain(r, 'pl')).toMatchInlineSnapshot(`
      "Zasiłek stały (art. 37 u.p.s.): przysługuje — kwota 813,00 zł miesięcznie.
      Wymaga decyzji administracyjnej (art. 106 ust. 1 u.p.s.).

      Ustalenia:
      1. Prawo do świadczeń (art. 5): obywatelstwo polskie, zamieszkanie w RP: tak → pełne. — art. 5 u.p.s.
      2. Pozbawienie wolności (art. 13): nie. — art. 13 u.p.s.
      3. Pomoc uzasadnia powód z art. 7 pkt 2–15 lub inna okoliczność — z powodu: niepełnosprawności (art. 7 pkt 5). — art. 8 ust. 1 u.p.s.
      4. Dochód z miesiąca poprzedzającego złożenie wniosku (1 marca 2025 r.): luty 2025 r. — art. 8 ust. 3 u.p.s.
      5. Emerytura lub renta: przychód 500,00 zł − podatek 0,00 zł − składki zdrowotne 0,00 zł − składki społeczne 0,00 zł = 500,00 zł. — art. 8 ust. 3 u.p.s.
      6. Dochód osoby samotnie gospodarującej: 500,00 zł. — art. 8 ust. 3 u.p.s.
      7. Pełnoletność: tak (74 lata); niezdolność do pracy: z powodu wieku. — art. 37 ust. 1 u.p.s.
      8. Dochód 500,00 zł jest niższy od kryterium dochodowego osoby samotnie gospodarującej 1 010,00 zł (wymóg: „niższy od”). — art. 37 ust. 1 pkt 1 u.p.s.
         kryterium dochodowe osoby samotnie gospodarującej: 1 010,00 zł (w mocy od 1 stycznia 2025 r.; rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044; wartość z wtórnego źródła — sprawdź przed decyzją)
      9. Kwota: 130% × 1 010,00 zł = 1 313,00 zł; 1 313,00 zł − 500,00 zł = 813,00 zł → 813,00 zł miesięcznie. — art. 37 ust. 2 u.p.s.
         kryterium dochodowe osoby samotnie gospodarującej: 1 010,00 zł (w mocy od 1 stycznia 2025 r.; rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044; wartość z wtórnego źródła — sprawdź przed decyzją)
         odsetek kryterium (zasiłek stały): 130% (w mocy od 1 stycznia 2025 r.; rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044; wartość z wtórnego źródła — sprawdź przed decyzją)
         najniższa kwota zasiłku stałego: 100,00 zł (w mocy od 1 stycznia 2025 r.; rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044; wartość z wtórnego źródła — sprawdź przed decyzją)
         najwyższa kwota zasiłku stałego osoby samotnie gospodarującej: 1 229,00 zł (w mocy od 1 stycznia 2025 r.; rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044; wartość z wtórnego źródła — sprawdź przed decyzją)"
    `);
    expect(explain(r, 'en')).toContain('Permanent allowance (art. 37 u.p.s.): eligible — amount 813,00 zł a month.');
  });
});

describe('the request', () => {
  it('names facts of a person outside the household, missing facts of the applicant, and a decision date before the application', () => {
    const base = request({ benefit: 'socialWork', asOf: '2025-03-01' });
    const persons = base['persons'] as object[];
    const stranger = assessEligibility({ ...base, persons: [...persons, { ...persons[0], personId: 'p-x' }] });
    expect(stranger.ok ? [] : stranger.error.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_reference', 'persons.1.personId']]);
    const noApplicant = assessEligibility(request({ benefit: 'socialWork', asOf: '2025-03-01', members: [{ id: 'p', relation: 'applicant' }, { id: 's', relation: 'spouse' }], facts: { personId: 's' } }));
    expect(noApplicant.ok ? [] : noApplicant.error.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_reference', 'persons']]);
    const early = assessEligibility(request({ benefit: 'socialWork', asOf: '2025-03-01', applicationDate: '2025-03-02' }));
    expect(early.ok ? [] : early.error.map((i) => [i.code, i.path.join('.')])).toEqual([['as_of_before_application', 'asOf']]);
  });
});
