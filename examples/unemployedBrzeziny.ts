/**
 * Scenario 2 of ../shared/law/scenarios.md, the process part: a long-term unemployed woman under the
 * Brzeziny standard of social work with an unemployed person. A benefits officer and a social worker are
 * both on the case; social work is kept apart from granting money, so the officer reads the case but
 * cannot write to it. She refuses to sign the contract (variant B, labour-office route): the refusal is
 * recorded for the art. 11 rules and the plan goes on without a contract. Then she refuses a job offer
 * without a justified reason: the art. 11 procedure runs — reported, asked to explain (right to be heard),
 * no answer, assessed, a measure proposed — the assessment lists the available measures, and the decision
 * is recorded by the worker under the head's authorisation (upoważnienie) recorded in the same stream.
 *
 * Run: npx tsx examples/unemployedBrzeziny.ts
 */
import { type CaseEventInput, assessBreachProcedure, explainBreach, formatIssues, replay, transition } from '../src/index.js';
import { eventLog } from './scenarios/eventLog.js';

const worker = { id: 'sw-beata', name: 'Beata Kowalczyk', role: 'socialWorker' } as const;
const officer = { id: 'bo-adam', name: 'Adam Sowa', role: 'benefitsOfficer' } as const;
const head = { id: 'head-jan', name: 'Jan Wiśniewski', role: 'head' } as const;

const { events, add } = eventLog('brzeziny-2025-014');
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

const result = replay(events);
if (!result.ok) throw new Error(formatIssues(result.error.issues, 'en'));
const state = result.value;
const contract = state.contracts.at(-1);
console.log(`Case ${state.caseId}: stage ${state.stage}, ${state.version} events.`);
console.log(`Contract ${contract?.contractId}: ${contract?.status} on ${contract?.refusal?.date ?? '—'} — recorded for art. 11 ust. 2 u.p.s.`);

// The benefits officer bases the decision on the worker's interview and plan, but cannot write social work.
const attempt: unknown = {
  schemaVersion: 2, id: 'x', caseId: state.caseId, date: '2025-02-17', actor: officer, type: 'actionProgressRecorded',
  payload: { actionId: 'a-kis', progress: 'notDone', text: 'Nieobecność w KIS', justification: null },
};
const refused = transition(state, attempt);
console.log(refused.ok ? 'unexpected: accepted' : formatIssues(refused.error, 'pl'));
console.log(refused.ok ? '' : formatIssues(refused.error, 'en'));

// Scenario 2: an unjustified refusal of a job offer by an unemployed person (art. 11 ust. 2), in the same stream.
const procedureId = 'art11-1';
const more: CaseEventInput[] = [];
const next = <T extends CaseEventInput['type']>(type: T, date: string, actor: CaseEventInput['actor'], payload: Extract<CaseEventInput, { type: T }>['payload']) =>
  more.push({ schemaVersion: 2, id: `brzeziny-2025-014/art11-${more.length + 1}`, caseId: state.caseId, date, actor, type, payload } as CaseEventInput);
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
const withProcedure = replay([...events, ...more]);
if (!withProcedure.ok) throw new Error(formatIssues(withProcedure.error.issues, 'en'));
const decided = withProcedure.value.procedures[0];
console.log(`\nArt. 11 procedure ${decided?.procedureId}: ${decided?.stage}; decided under ${decided?.decision?.authorisationId ?? 'the head'} on ${decided?.decision?.date}.`);
const assessment = assessBreachProcedure(withProcedure.value, procedureId, '2025-03-31');
if (!assessment.ok) throw new Error(formatIssues(assessment.error, 'en'));
console.log('');
console.log(explainBreach(assessment.value, 'pl'));
