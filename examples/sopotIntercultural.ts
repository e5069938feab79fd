/**
 * Seed 004 (MOPS Sopot, assistance as a method): a foreign family supported by an intercultural
 * (integration) assistant. The assistant joins the case team and draws up the plan of work with the
 * family — which the SDK refused before (only a family assistant could) — with the areas of the family's
 * functioning that need support; the goal rests on the resources and limitations of the diagnosis; the
 * assistant accompanies the family to school, having its consent recorded for the referral. Persons are
 * invented.
 *
 * Run: npx tsx examples/sopotIntercultural.ts
 */
import {
  type CivilDate, InterculturalWorkPlan, draftContractFromCase, formatIssues, goalBasisIssues, practiceLabel, replay, transition,
} from '../src/index.js';
import { eventLog } from './scenarios/eventLog.js';
import { en, pl } from './scenarios/say.js';

const worker = { id: 'sw-marta', name: 'Marta Lewandowska', role: 'socialWorker' } as const;
const assistant = { id: 'as-olena', name: 'Olena Kowal', role: 'assistant', assistantKind: 'intercultural' } as const;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const { events, add } = eventLog('sopot-2025-088');
add('caseOpened', '2025-03-03', worker, {
  household: {
    id: 'h-bondar', kind: 'family',
    members: [
      { person: { id: 'p-iryna', firstName: 'Iryna', lastName: 'Bondar', birthDate: '1988-02-10' }, relation: 'applicant' },
      { person: { id: 'p-maksym', firstName: 'Maksym', lastName: 'Bondar', birthDate: '2015-05-20' }, relation: 'child' },
      { person: { id: 'p-sofia', firstName: 'Sofia', lastName: 'Bondar', birthDate: '2019-11-02' }, relation: 'child' },
    ],
  },
  owner: worker, source: 'application', note: null,
});
add('interviewConducted', '2025-03-05', worker, { summary: 'Wywiad w miejscu zamieszkania z udziałem asystentki', urgent: false });
add('problemDiagnosed', '2025-03-05', worker, { problem: { id: 'pr-1', ground: 'foreignerIntegration', description: 'Trudności w integracji: język, szkoła, urzędy', personIds: [] } });
add('diagnosisCompleted', '2025-03-05', worker, { assessment: 'Rodzina od pół roku w Polsce, dzieci bez miejsca w szkole i przedszkolu.' });
add('resourceIdentified', '2025-03-06', worker, { resource: { id: 'r-1', holder: 'person', description: 'Wykształcenie pielęgniarskie matki, motywacja do pracy' } });
add('resourcesCompleted', '2025-03-06', worker, {});
add('limitationIdentified', '2025-03-06', worker, { limitation: { id: 'l-1', source: 'person', description: 'Słaba znajomość języka polskiego' } });
add('limitationsCompleted', '2025-03-06', worker, {});
add('mainGoalSet', '2025-03-07', worker, { goal: { id: 'g-1', description: 'Dzieci w szkole i przedszkolu, matka na kursie języka polskiego', targetDate: '2025-09-30', problemIds: ['pr-1'] } });
add('actionPlanned', '2025-03-07', worker, {
  action: { id: 'a-1', description: 'Zapisanie dzieci do szkoły i przedszkola', goalId: 'g-1', responsible: { kind: 'assistant', assistantKind: 'intercultural' }, deadline: '2025-04-30', expectedResult: 'Miejsca dla obojga dzieci', status: 'planned' },
});
add('teamMemberAssigned', '2025-03-07', worker, { member: assistant });
add('consentRecorded', '2025-03-07', worker, { consentId: 'zgoda-1', personId: 'p-iryna', institutionKinds: ['school', 'psychologicalPedagogicalClinic'], form: 'written', purpose: 'Zapisanie dzieci do szkoły i przedszkola' });

const goals = replay(events);
if (!goals.ok) throw new Error(formatIssues(goals.error.issues, 'en'));
const content = draftContractFromCase(goals.value, {
  period: { from: '2025-03-10' as CivilDate, to: '2025-09-30' as CivilDate },
  centreSupport: [{ form: 'asystentura międzykulturowa', scope: 'towarzyszenie w szkole, urzędach, przychodni', time: 'raz w tygodniu' }],
  evaluation: { method: 'spotkania pracownika socjalnego, asystentki i rodziny', everyDays: 30 },
});
if (content === undefined) throw new Error('the case has a main goal');
const drafted = transition(goals.value, {
  schemaVersion: 2, id: 'sopot-2025-088/p1', caseId: 'sopot-2025-088', date: '2025-03-10', type: 'contractDrafted', actor: assistant,
  payload: { contractId: 'ppr-1', kind: 'familyWorkPlan', variant: null, shelter: null, parties: { clientIds: ['p-iryna'], worker: assistant, centre: 'Miejski Ośrodek Pomocy Społecznej w Sopocie' }, content },
});
if (!drafted.ok) throw new Error(formatIssues(drafted.error, 'en'));
pl('Asystentka międzykulturowa sporządziła projekt planu pracy z rodziną.');

// What the plan of work names beyond the contract's common content: the areas of the family's functioning.
const plan = InterculturalWorkPlan.parse({
  language: 'ukraiński', interpreterNeeded: false,
  areas: [
    { area: 'schoolAndPreschool', need: 'Miejsca dla dzieci w szkole i przedszkolu', tasks: ['Wspólna wizyta w szkole', 'Pomoc w wypełnieniu wniosków'], forms: ['institutionalCooperation'], institutions: ['school'], reviewOn: '2025-04-30' },
    { area: 'languageLearning', need: 'Kurs języka polskiego dla matki', tasks: ['Wyszukanie bezpłatnego kursu'], forms: [], institutions: ['ngo'], reviewOn: '2025-05-31' },
    { area: 'benefitsAndLaw', need: 'Informacja o przysługujących świadczeniach', tasks: ['Omówienie świadczeń rodzinnych'], forms: ['documentsForBenefits'], institutions: [], reviewOn: '2025-04-15' },
  ],
});
for (const a of plan.areas) {
  pl(`${cap(practiceLabel(a.area, 'pl') ?? '')}: ${a.need}; instytucje: ${a.institutions.map((i) => practiceLabel(i, 'pl')).join(', ') || 'brak'}; ocena ${a.reviewOn}.`);
}

// The goal rests on the diagnosis: the resource it builds on and the limitation it answers.
const s = drafted.value;
const issues = goalBasisIssues([{ goalId: 'g-1', resourceIds: ['r-1'], limitationIds: ['l-1'] }], {
  goalIds: [s.mainGoal?.id ?? '', ...s.specificGoals.map((g) => g.id)], resourceIds: s.resources.map((r) => r.id), limitationIds: s.limitations.map((l) => l.id),
});
pl(issues.length === 0 ? 'Cel główny opiera się na rozpoznanych zasobach i ograniczeniach.' : formatIssues(issues, 'pl'));

// The assistant accompanies the family to school: a referral on the mother's recorded consent.
const referred = transition(s, {
  schemaVersion: 2, id: 'sopot-2025-088/p2', caseId: 'sopot-2025-088', date: '2025-03-12', type: 'referralSent', actor: worker,
  payload: { referralId: 'skier-1', personId: 'p-iryna', consentId: 'zgoda-1', institution: { kind: 'school', name: 'Szkoła Podstawowa nr 1 w Sopocie' }, form: 'institutionalCooperation', purpose: 'Przyjęcie syna do szkoły', followUpOn: '2025-03-26' },
});
if (!referred.ok) throw new Error(formatIssues(referred.error, 'en'));
const byAssistant = transition(referred.value, {
  schemaVersion: 2, id: 'sopot-2025-088/p3', caseId: 'sopot-2025-088', date: '2025-03-12', type: 'referralSent', actor: assistant,
  payload: { referralId: 'skier-2', personId: 'p-iryna', consentId: 'zgoda-1', institution: { kind: 'psychologicalPedagogicalClinic', name: 'Poradnia psychologiczno-pedagogiczna' }, form: 'therapeuticReferral', purpose: 'Diagnoza córki', followUpOn: null },
});
if (!byAssistant.ok) {
  pl(`PL: ${formatIssues(byAssistant.error, 'pl')}`);
  en(`EN: ${formatIssues(byAssistant.error, 'en')}`);
}
