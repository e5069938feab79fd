import { describe, expect, it } from 'vitest';
import { sopot2009Centre } from '../../examples/scenarios/sopot2009Centre.js';
import { contract, emptyCase, generateCentre } from '../../test/support/monitoringCases.js';
import { pluralPl } from '../law/deadlineText.js';
import { ClosureOutcome } from './closureOutcome.js';
import { monitoringLabel } from './labels.js';
import { reportMarkdown, reportSummary } from './render.js';
import { report } from './report.js';

const year2009 = { from: '2009-01-01', to: '2009-12-31' };

describe('report', () => {
  it('reproduces the figures of the MOPS Sopot summary of 2009 from case states', () => {
    const r = report(sopot2009Centre(), year2009);
    expect(r.contracts.find((t) => t.kind === 'homelessnessExitProgramme')).toMatchObject({ concluded: 7, persons: 6, men: 5, women: 1 });
    expect(r.contracts.find((t) => t.kind === 'socialContract')).toMatchObject({ concluded: 10, persons: 5, completed: 9, terminated: 1 });
    const persons = Object.fromEntries(r.outcomes.map((o) => [o.outcome, o.persons]));
    expect(persons).toEqual({
      openMarketJob: 7, sociallyUsefulWork: 1, paysShelterAlone: 1, leftShelterPermanently: 11, roomCoFinancedByCentre: 4,
      supportedHousingTraining: 1, addictionTherapyCompleted: 4, socialHousingWaitingList: 2, socialHousingReceived: 5,
    });
    expect(r.outcomes.find((o) => o.outcome === 'socialHousingReceived')?.cases).toBe(1);
    expect(r.contractsPerSocialWorker).toEqual({ contracts: 17, workers: 1 });
    expect(reportSummary(r, 'pl')).toMatch(/^W okresie od 1 stycznia 2009 r\. do 31 grudnia 2009 r\. zawarto 7 indywidualnych programów wychodzenia z bezdomności z 6 osobami \(5 mężczyzn i 1 kobieta\) oraz 10 kontraktów socjalnych z 5 osobami \(5 mężczyzn\)\./);
  });

  it('counts a contract concluded on the first and the last day of the period, not the day before or after', () => {
    const at = (day: string) => emptyCase(`c-${day}`, { contracts: [contract(`k-${day}`, 'socialContract', day, '2010-06-30')] });
    const r = report([at('2008-12-31'), at('2009-01-01'), at('2009-12-31'), at('2010-01-01')], year2009);
    expect(r.contracts.find((t) => t.kind === 'socialContract')?.concluded).toBe(2);
    expect(report([at('2009-01-01')], { from: '2009-12-31', to: '2009-01-01' }).contracts.every((t) => t.concluded === 0)).toBe(true);
  });

  it('on a generated centre: outcome rows add up, goals achieved never exceed goals set, workers add up', () => {
    const centre = generateCentre({ seed: 11, cases: 400 });
    const r = report(centre, { from: '2025-01-01', to: '2026-12-31' });
    const withOutcome = centre.filter((c) => (c.monitoringData?.outcomes ?? []).length > 0).length;
    expect(r.outcomes.reduce((n, o) => n + o.cases, 0)).toBe(withOutcome);
    expect(r.goals.achieved).toBeLessThanOrEqual(r.goals.set);
    expect(r.goals.closedCases).toBe(centre.filter((c) => c.closure !== null).length);
    expect(r.perSocialWorker.reduce((n, w) => n + w.concluded, 0)).toBe(r.contractsPerSocialWorker.contracts);
    expect(r.contracts.reduce((n, t) => n + t.concluded, 0)).toBe(400);
    expect(r.contractsPerSocialWorker.workers).toBe(16);
  });

  it('renders Polish with no code or id: every outcome and kind by its label', () => {
    const text = reportMarkdown(report(sopot2009Centre(), year2009), 'pl', { caseName: () => '', staffName: () => 'Jan Kowalski' });
    for (const o of ClosureOutcome.options) {
      expect(text).toContain(monitoringLabel(o, 'pl'));
      expect(text).not.toContain(o);
    }
    expect(text).not.toMatch(/sopot-2009|osoba-\d|sw-|homelessnessExitProgramme|socialContract/);
    expect(text).toContain('Kontrakty i programy na jednego pracownika socjalnego: 17 (17 / 1).');
  });

  it('chooses the Polish plural by the last digits', () => {
    expect([1, 2, 4, 5, 12, 14, 21, 22, 25, 112, 122].map((n) => pluralPl(n, 'osoba', 'osoby', 'osób'))).toEqual(
      ['osoba', 'osoby', 'osoby', 'osób', 'osób', 'osób', 'osób', 'osoby', 'osób', 'osób', 'osoby'],
    );
  });
});
