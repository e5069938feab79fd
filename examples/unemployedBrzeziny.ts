/**
 * Scenario 2 of ../shared/law/scenarios.md, the process part: a long-term unemployed woman under the
 * Brzeziny standard of social work with an unemployed person. A benefits officer and a social worker are
 * both on the case; social work is kept apart from granting money, so the officer reads the case but
 * cannot write to it. She refuses to sign the contract (variant B, labour-office route): the refusal is
 * recorded for the art. 11 rules and the plan goes on without a contract. Then she refuses a job offer
 * without a justified reason: the art. 11 procedure runs — reported, asked to explain (right to be heard),
 * no answer, assessed — and the assessment lists the available measures and that the authority decides.
 *
 * Run: npx tsx examples/unemployedBrzeziny.ts
 */
import {
  type BreachEvent, type CaseEvent, type CivilDate, assessBreachProcedure, explainBreach, formatIssues, replay, replayBreach, transition,
} from '../src/index.js';
import { eventLog } from './scenarios/eventLog.js';

const worker = { id: 'sw-beata', name: 'Beata Kowalczyk', role: 'socialWorker' } as const;
const officer = { id: 'bo-adam', name: 'Adam Sowa', role: 'benefitsOfficer' } as const;

const { events, add } = eventLog('brzeziny-2025-014');
add('caseOpened', '2025-02-03', worker, {
  household: {
    id: 'h-ewa',
    kind: 'singlePerson',
    members: [{ person: { id: 'p-ewa', firstName: 'Ewa', lastName: 'Kamińska', birthDate: '1990-06-11' as CivilDate }, relation: 'applicant' }],
  },
  owner: worker,
  source: 'application',
  note: 'Wniosek o zasiłek okresowy; uczestniczka standardu pracy socjalnej z osobą bezrobotną.',
});
add('interviewConducted', '2025-02-05', worker, { summary: 'Narzędzie nr 1: rozpoznanie sytuacji (wywiad).', urgent: false });
add('problemDiagnosed', '2025-02-05', worker, {
  problem: { id: 'pr-u', ground: 'unemployment', description: 'Bezrobocie długotrwałe (4 lata)', personIds: ['p-ewa'] },
});
add('diagnosisCompleted', '2025-02-07', worker, { assessment: 'Bierność, brak aktualnych kwalifikacji, chęć zmiany deklarowana.' });
add('resourceIdentified', '2025-02-07', worker, { resource: { id: 'r-edu', holder: 'person', description: 'Wykształcenie średnie handlowe' } });
add('resourceIdentified', '2025-02-07', worker, { resource: { id: 'r-kis', holder: 'environment', description: 'Klub integracji społecznej prowadzony przez NGO' } });
add('resourcesCompleted', '2025-02-07', worker, {});
add('limitationIdentified', '2025-02-07', worker, { limitation: { id: 'l-pass', source: 'person', description: 'Bierność, brak regularności' } });
add('limitationsCompleted', '2025-02-07', worker, {});
add('mainGoalSet', '2025-02-10', worker, {
  goal: { id: 'g-main', description: 'Podjąć zatrudnienie w ciągu 6 miesięcy', targetDate: '2025-08-31' as CivilDate, problemIds: ['pr-u'] },
});
add('actionPlanned', '2025-02-10', worker, {
  action: { id: 'a-kis', description: 'Udział w zajęciach KIS', goalId: 'g-main', responsible: { kind: 'client' }, deadline: '2025-04-30' as CivilDate, expectedResult: 'Regularny udział', status: 'planned' },
});
add('actionPlanned', '2025-02-10', worker, {
  action: { id: 'a-pup', description: 'Kontakt z doradcą zawodowym PUP', goalId: 'g-main', responsible: { kind: 'institution', name: 'Powiatowy Urząd Pracy w Brzezinach' }, deadline: '2025-03-15' as CivilDate, expectedResult: 'Indywidualny plan działania', status: 'planned' },
});
add('contractProposed', '2025-02-12', worker, { kind: 'socialContract' });
add('contractRefused', '2025-02-14', worker, { reason: 'Klientka odmówiła podpisania kontraktu bez podania przyczyny.' });
add('planStartedWithoutContract', '2025-02-14', worker, { note: 'Plan realizowany bez kontraktu; pouczenie o art. 11 ust. 2 u.p.s.' });

const result = replay(events);
if (!result.ok) throw new Error(formatIssues(result.error.issues, 'en'));
const state = result.value;
const round = state.contracts.at(-1);
console.log(`Case ${state.caseId}: stage ${state.stage}, ${state.version} events.`);
console.log(`Contract round: ${round?.status} on ${round?.status === 'refused' ? round.refusedOn : '—'} — recorded for art. 11 ust. 2 u.p.s.`);

// The benefits officer bases the decision on the worker's interview and plan, but cannot write social work.
const attempt: CaseEvent = {
  schemaVersion: 1, id: 'x', caseId: state.caseId, date: '2025-02-17' as CivilDate, actor: officer,
  type: 'actionProgressRecorded',
  payload: { entryId: 'x-1', actionId: 'a-kis', status: 'missed', text: 'Nieobecność w KIS', justification: null },
};
const refused = transition(state, attempt);
console.log(refused.ok ? 'unexpected: accepted' : formatIssues(refused.error, 'pl'));
console.log(refused.ok ? '' : formatIssues(refused.error, 'en'));

// Scenario 2: an unjustified refusal of a job offer by an unemployed person (art. 11 ust. 2).
let k = 0;
const step = (type: BreachEvent['type'], date: string, payload: unknown, actor: BreachEvent['actor'] = worker) =>
  ({ schemaVersion: 1, id: `art11-1/e${++k}`, procedureId: 'art11-1', date: date as CivilDate, actor, type, payload }) as BreachEvent;
const procedure = replayBreach([
  step('reported', '2025-03-20', {
    caseId: state.caseId,
    ground: 'refusingJob',
    occurredOn: '2025-03-18',
    description: 'Odmowa przyjęcia oferty pracy sprzedawcy (PUP, oferta nr 14/2025) bez podania przyczyny',
    evidence: ['informacja PUP z 2025-03-19', 'notatka służbowa z rozmowy 2025-03-20'],
    clientId: 'p-ewa',
    household: state.household,
    clientFacts: { unemployed: true, addictedToAlcohol: false },
    situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: true },
    contractPeriods: [],
  }),
  step('explanationRequested', '2025-03-20', { deadline: '2025-03-27' }),
  step('explanationDeadlinePassed', '2025-03-28', {}),
  step('assessed', '2025-03-31', { justified: false, reasoning: 'Brak wyjaśnień; oferta odpowiadała kwalifikacjom i była osiągalna dojazdem.' }),
]);
if (!procedure.ok) throw new Error(formatIssues(procedure.error.issues, 'en'));
const assessment = assessBreachProcedure(procedure.value, '2025-03-31' as CivilDate);
if (!assessment.ok) throw new Error(formatIssues(assessment.error, 'en'));
console.log('');
console.log(explainBreach(assessment.value, 'pl'));
