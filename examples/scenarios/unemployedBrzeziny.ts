/**
 * The stream of examples/unemployedBrzeziny.ts (scenario 2 of the law reference): a long-term unemployed
 * woman under the Brzeziny standard refuses to sign a social contract (variant B), then refuses a job
 * offer without a justified reason, and the art. 11 procedure runs to a decision under the head's
 * authorisation. Persons are invented. Shipped as the fixture `brzeziny-unemployed`.
 */
import type { CaseEventInput } from '../../src/index.js';
import { eventLog } from './eventLog.js';

export const worker = { id: 'sw-beata', name: 'Beata Kowalczyk', role: 'socialWorker' } as const;
export const officer = { id: 'bo-adam', name: 'Adam Sowa', role: 'benefitsOfficer' } as const;
export const head = { id: 'head-jan', name: 'Jan Wiśniewski', role: 'head' } as const;
export const caseId = 'brzeziny-2025-014';
export const procedureId = 'art11-1';

/** The case up to the refused contract and the plan started without it. */
export function unemployedBrzezinyBeforeBreach(): CaseEventInput[] {
  const { events, add } = eventLog(caseId);
  add('caseOpened', '2025-02-03', worker, {
    household: {
      id: 'h-ewa',
      kind: 'singlePerson',
      members: [{ person: { id: 'p-ewa', firstName: 'Ewa', lastName: 'Kamińska', birthDate: '1990-06-11' }, relation: 'applicant' }],
    },
    owner: worker,
    source: 'application',
    note: 'Wniosek o zasiłek okresowy; uczestniczka standardu pracy socjalnej z osobą bezrobotną.',
  });
  add('interviewConducted', '2025-02-05', worker, { summary: 'Narzędzie nr 1: rozpoznanie sytuacji (wywiad).', urgent: false });
  add('problemDiagnosed', '2025-02-05', worker, { problem: { id: 'pr-u', ground: 'unemployment', description: 'Bezrobocie długotrwałe (4 lata)', personIds: ['p-ewa'] } });
  add('diagnosisCompleted', '2025-02-07', worker, { assessment: 'Bierność, brak aktualnych kwalifikacji, chęć zmiany deklarowana.' });
  add('resourceIdentified', '2025-02-07', worker, { resource: { id: 'r-edu', holder: 'person', description: 'Wykształcenie średnie handlowe' } });
  add('resourceIdentified', '2025-02-07', worker, { resource: { id: 'r-kis', holder: 'environment', description: 'Klub integracji społecznej prowadzony przez NGO' } });
  add('resourcesCompleted', '2025-02-07', worker, {});
  add('limitationIdentified', '2025-02-07', worker, { limitation: { id: 'l-pass', source: 'person', description: 'Bierność, brak regularności' } });
  add('limitationsCompleted', '2025-02-07', worker, {});
  add('mainGoalSet', '2025-02-10', worker, { goal: { id: 'g-main', description: 'Podjąć zatrudnienie w ciągu 6 miesięcy', targetDate: '2025-08-31', problemIds: ['pr-u'] } });
  const kis = { id: 'a-kis', description: 'Udział w zajęciach KIS', goalId: 'g-main', responsible: { kind: 'client' }, deadline: '2025-04-30', expectedResult: 'Regularny udział', status: 'planned' } as const;
  const pup = { id: 'a-pup', description: 'Kontakt z doradcą zawodowym PUP', goalId: 'g-main', responsible: { kind: 'institution', name: 'Powiatowy Urząd Pracy w Brzezinach' }, deadline: '2025-03-15', expectedResult: 'Indywidualny plan działania', status: 'planned' } as const;
  add('actionPlanned', '2025-02-10', worker, { action: kis });
  add('actionPlanned', '2025-02-10', worker, { action: pup });
  // The social contract, variant B (labour-office route), is drafted; she refuses to sign it.
  add('contractDrafted', '2025-02-12', worker, {
    contractId: 'ks-2025-014', kind: 'socialContract', variant: 'B', shelter: null,
    parties: { clientIds: ['p-ewa'], worker, centre: 'Miejski Ośrodek Pomocy Społecznej w Brzezinach' },
    content: {
      assessment: { causes: [{ id: 'pr-u', ground: 'unemployment', description: 'Bezrobocie długotrwałe (4 lata)', personIds: ['p-ewa'] }], resources: [], limitations: [], summary: null },
      unemployment: { unemploymentCauses: ['utrata pracy w handlu'], jobSearchLimitations: ['bierność'], previousActivation: [], reasonsForFailure: [], referral: null },
      mainGoal: { id: 'g-main', description: 'Podjąć zatrudnienie w ciągu 6 miesięcy', targetDate: '2025-08-31', problemIds: ['pr-u'] },
      specificGoals: [], actions: [kis, pup], centreSupport: [], period: { from: '2025-02-12', to: '2025-08-31' },
      evaluation: { method: 'rozmowy z pracownikiem socjalnym', everyDays: 30 },
    },
  });
  add('contractRefused', '2025-02-14', worker, { contractId: 'ks-2025-014', reason: 'Klientka odmówiła podpisania kontraktu bez podania przyczyny.' });
  add('planStartedWithoutContract', '2025-02-14', worker, { note: 'Plan realizowany bez kontraktu; pouczenie o art. 11 ust. 2 u.p.s.' });
  return events;
}

/** The benefits officer tries to record social work: refused, social work is kept apart from granting money. */
export const officerWritesSocialWork: unknown = {
  schemaVersion: 2, id: 'x', caseId, date: '2025-02-17', actor: officer, type: 'actionProgressRecorded',
  payload: { actionId: 'a-kis', progress: 'notDone', text: 'Nieobecność w KIS', justification: null },
};

/** The art. 11 procedure after an unjustified refusal of a job offer (art. 11 ust. 2), appended to the stream. */
export function breachEvents(): CaseEventInput[] {
  const more: CaseEventInput[] = [];
  const next = <T extends CaseEventInput['type']>(type: T, date: string, actor: CaseEventInput['actor'], payload: Extract<CaseEventInput, { type: T }>['payload']) =>
    more.push({ schemaVersion: 2, id: `${caseId}/art11-${more.length + 1}`, caseId, date, actor, type, payload } as CaseEventInput);
  next('breachReported', '2025-03-20', worker, {
    procedureId, circumstanceEventId: null, ground: 'refusingJob', occurredOn: '2025-03-18',
    description: 'Odmowa przyjęcia oferty pracy sprzedawcy (PUP, oferta nr 14/2025) bez podania przyczyny',
    evidence: ['informacja PUP z 2025-03-19', 'notatka służbowa z rozmowy 2025-03-20'],
    clientId: 'p-ewa', clientFacts: { unemployed: true, addictedToAlcohol: false },
    situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: true },
  });
  next('breachExplanationRequested', '2025-03-20', worker, { procedureId, deadline: '2025-03-27' });
  next('breachDeadlinePassed', '2025-03-28', worker, { procedureId });
  next('breachAssessed', '2025-03-31', worker, { procedureId, justified: false, reasoning: 'Brak wyjaśnień; oferta odpowiadała kwalifikacjom i była osiągalna dojazdem.' });
  next('breachMeasureProposed', '2025-03-31', worker, { procedureId, measure: 'suspendCashBenefits', reasoning: 'Zasiłek okresowy jest wypłacany; wstrzymanie do czasu podjęcia współpracy.' });
  next('authorisationGranted', '2025-04-01', head, {
    authorisationId: 'upo-3-2025', holder: worker, scope: 'breachDecisions', validFrom: '2025-04-01', validTo: '2025-12-31', reference: 'upoważnienie nr 3/2025 Kierownika MOPS w Brzezinach',
  });
  next('breachDecided', '2025-04-02', worker, { procedureId, measure: 'suspendCashBenefits', justification: 'Odmowa przyjęcia odpowiedniej oferty pracy bez uzasadnionej przyczyny (art. 11 ust. 2 u.p.s.).', dependantsConsidered: [] });
  return more;
}

/** The whole stream: the contract refused, then the art. 11 procedure to its decision. */
export function unemployedBrzeziny(): CaseEventInput[] {
  return [...unemployedBrzezinyBeforeBreach(), ...breachEvents()];
}
