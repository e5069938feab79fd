/**
 * Scenario 1 of ../shared/law/scenarios.md: a homeless man in Sopot, from intake to closure, on an
 * IPWzB (art. 49 u.p.s.) prepared as the MOPS Sopot material describes — causes, possibilities,
 * limitations, a main goal and specific goals with the time to reach them, assistant meetings, monitoring.
 * Persons are invented.
 */
import type { Actor, CivilDate, Household } from '../../src/index.js';
import { eventLog } from './eventLog.js';

export const worker = { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' } as const satisfies Actor;
export const assistant = { id: 'as-piotr', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' } as const satisfies Actor;
export const head = { id: 'head-ewa', name: 'Ewa Maj', role: 'head' } as const satisfies Actor;
export const benefitsOfficer = { id: 'bo-tomasz', name: 'Tomasz Zając', role: 'benefitsOfficer' } as const satisfies Actor;

export const household = {
  id: 'h-marek',
  kind: 'singlePerson',
  members: [
    {
      person: { id: 'p-marek', firstName: 'Marek', lastName: 'Wiśniewski', birthDate: '1977-03-02' as CivilDate, pesel: '77030212356', sex: 'male' },
      relation: 'applicant',
    },
  ],
} as const;

/** The whole log of the case. */
export function homelessManSopot() {
  const { events, add } = eventLog('sopot-2025-001');
  add('caseOpened', '2025-01-08', worker, {
    household: household as unknown as Household,
    owner: worker,
    source: 'referral',
    note: 'Zgłoszenie z noclegowni: mieszka w noclegowni od 3 lat, chce wyjść z bezdomności.',
  });
  add('interviewConducted', '2025-01-10', worker, {
    summary: 'Rodzinny wywiad środowiskowy w noclegowni. 48 lat, bez pracy od 5 lat, spawacz z zawodu.',
    urgent: false,
  });
  // Diagnosis: causes of the difficult life situation (art. 7 grounds)
  add('problemDiagnosed', '2025-01-10', worker, {
    problem: { id: 'pr-home', ground: 'homelessness', description: 'Bezdomność od 3 lat, pobyt w noclegowni', personIds: ['p-marek'] },
  });
  add('problemDiagnosed', '2025-01-10', worker, {
    problem: { id: 'pr-alc', ground: 'addiction', description: 'Uzależnienie od alkoholu', personIds: ['p-marek'] },
  });
  add('problemDiagnosed', '2025-01-10', worker, {
    problem: { id: 'pr-job', ground: 'unemployment', description: 'Długotrwałe bezrobocie (5 lat)', personIds: ['p-marek'] },
  });
  add('diagnosisCompleted', '2025-01-15', worker, {
    assessment: 'Przyczyny: brak wsparcia rodziny, utrata pracy, uzależnienie. Klient chce i może zmienić sytuację.',
  });
  // Possibilities (resources)
  add('resourceIdentified', '2025-01-15', worker, { resource: { id: 'r-weld', holder: 'person', description: 'Kwalifikacje zawodowe spawacza' } });
  add('resourceIdentified', '2025-01-15', worker, { resource: { id: 'r-will', holder: 'person', description: 'Chęć podjęcia pracy' } });
  add('resourceIdentified', '2025-01-15', worker, {
    resource: { id: 'r-flat', holder: 'environment', description: 'Prawo do ubiegania się o mieszkanie socjalne' },
  });
  add('resourceIdentified', '2025-01-15', worker, { resource: { id: 'r-shelter', holder: 'environment', description: 'Miejsce w noclegowni' } });
  add('resourcesCompleted', '2025-01-15', worker, {});
  // Limitations and barriers
  add('limitationIdentified', '2025-01-17', worker, { limitation: { id: 'l-alc', source: 'person', description: 'Uzależnienie od alkoholu' } });
  add('limitationIdentified', '2025-01-17', worker, { limitation: { id: 'l-debt', source: 'person', description: 'Zadłużenie' } });
  add('limitationIdentified', '2025-01-17', worker, { limitation: { id: 'l-id', source: 'person', description: 'Brak dowodu osobistego' } });
  add('limitationIdentified', '2025-01-17', worker, {
    limitation: { id: 'l-long', source: 'environment', description: 'Długotrwała bezdomność i bezrobocie' },
  });
  add('limitationsCompleted', '2025-01-17', worker, {});
  // Goals with the time to reach them
  add('mainGoalSet', '2025-01-22', worker, {
    goal: { id: 'g-main', description: 'Opuścić noclegownię i zamieszkać we własnym wynajętym pokoju w ciągu 12 miesięcy', targetDate: '2026-01-31' as CivilDate, problemIds: ['pr-home'] },
  });
  add('specificGoalAdded', '2025-01-22', worker, {
    goal: { id: 'g-id', description: 'Uzyskać dowód osobisty (1 miesiąc)', targetDate: '2025-02-28' as CivilDate, problemIds: [] },
  });
  add('specificGoalAdded', '2025-01-22', worker, {
    goal: { id: 'g-job', description: 'Zarejestrować się w PUP i podjąć pracę (4 miesiące)', targetDate: '2025-05-31' as CivilDate, problemIds: ['pr-job'] },
  });
  add('specificGoalAdded', '2025-01-22', worker, {
    goal: { id: 'g-therapy', description: 'Ukończyć terapię uzależnienia od alkoholu (6 miesięcy)', targetDate: '2025-07-31' as CivilDate, problemIds: ['pr-alc'] },
  });
  const action = (id: string, description: string, goalId: string, responsible: object, deadline: string, expectedResult: string) =>
    add('actionPlanned', '2025-01-22', worker, {
      action: { id, description, goalId, responsible, deadline, expectedResult, status: 'planned' } as never,
    });
  action('a-id', 'Złożyć wniosek o dowód osobisty', 'g-id', { kind: 'client' }, '2025-02-14', 'Wniosek złożony w urzędzie');
  action('a-docs', 'Pomoc w skompletowaniu dokumentów i opłaceniu zdjęć', 'g-id', { kind: 'socialWorker' }, '2025-02-07', 'Komplet dokumentów');
  action('a-therapy', 'Podjąć terapię w poradni leczenia uzależnień', 'g-therapy', { kind: 'institution', name: 'Poradnia Terapii Uzależnień w Sopocie' }, '2025-02-28', 'Udział w terapii');
  action('a-pup', 'Zarejestrować się w powiatowym urzędzie pracy', 'g-job', { kind: 'client' }, '2025-03-07', 'Status osoby bezrobotnej');
  action('a-meet', 'Spotkania z asystentem raz w tygodniu: towarzyszenie, motywowanie, monitorowanie', 'g-main', { kind: 'assistant', assistantKind: 'homeless' }, '2026-01-31', 'Cotygodniowe spotkania');
  action('a-room', 'Szukanie ofert pokoju i wniosek o dofinansowanie najmu z MOPS', 'g-main', { kind: 'socialWorker' }, '2025-12-31', 'Umowa najmu pokoju');
  // The IPWzB is signed by the worker and the client, then monitored
  add('contractProposed', '2025-01-29', worker, { kind: 'homelessnessExitProgramme' });
  add('contractSigned', '2025-02-03', worker, {
    contractId: 'ipwzb-2025-001',
    validFrom: '2025-02-03' as CivilDate,
    validTo: '2026-01-31' as CivilDate,
    clientSignature: { personId: 'p-marek', date: '2025-02-03' as CivilDate },
  });
  add('monitoringNoteAdded', '2025-02-06', assistant, { entryId: 'm-1', kind: 'meeting', text: 'Spotkanie w noclegowni: plan tygodnia, zdjęcia do dowodu.' });
  add('actionProgressRecorded', '2025-02-07', worker, { entryId: 'm-2', actionId: 'a-docs', status: 'done', text: 'Dokumenty skompletowane.', justification: null });
  add('actionProgressRecorded', '2025-02-12', assistant, { entryId: 'm-3', actionId: 'a-id', status: 'done', text: 'Wniosek o dowód złożony (towarzyszenie asystenta).', justification: null });
  add('monitoringNoteAdded', '2025-02-13', assistant, { entryId: 'm-4', kind: 'meeting', text: 'Pierwsza sesja terapii umówiona.' });
  add('actionProgressRecorded', '2025-03-05', assistant, {
    entryId: 'm-5', actionId: 'a-therapy', status: 'missed', text: 'Nieobecność na sesji terapii.',
    justification: 'Choroba — zaświadczenie lekarskie z 2025-03-04',
  });
  add('actionProgressRecorded', '2025-03-06', worker, { entryId: 'm-6', actionId: 'a-pup', status: 'done', text: 'Zarejestrowany w PUP.', justification: null });
  // The plan is modified to the client's possibilities, and the IPWzB amended
  add('planModified', '2025-03-10', worker, { reason: 'Nowy termin rozpoczęcia terapii po chorobie; ocena realizacji IPWzB.' });
  add('actionRevised', '2025-03-10', worker, {
    action: { id: 'a-therapy', description: 'Podjąć terapię w poradni leczenia uzależnień (nowy termin)', goalId: 'g-therapy', responsible: { kind: 'institution', name: 'Poradnia Terapii Uzależnień w Sopocie' }, deadline: '2025-03-31' as CivilDate, expectedResult: 'Udział w terapii', status: 'inProgress' },
  });
  add('contractProposed', '2025-03-10', worker, { kind: 'homelessnessExitProgramme' });
  add('contractSigned', '2025-03-12', worker, {
    contractId: 'ipwzb-2025-001/aneks-1',
    validFrom: '2025-03-12' as CivilDate,
    validTo: '2026-01-31' as CivilDate,
    clientSignature: { personId: 'p-marek', date: '2025-03-12' as CivilDate },
  });
  add('monitoringNoteAdded', '2025-03-19', assistant, { entryId: 'm-7', kind: 'meeting', text: 'Wrócił na terapię; chodzi regularnie.' });
  add('actionProgressRecorded', '2025-05-20', worker, { entryId: 'm-8', actionId: 'a-therapy', status: 'inProgress', text: 'Terapia w toku, abstynencja potwierdzona przez poradnię.', justification: null });
  add('monitoringNoteAdded', '2025-05-26', worker, { entryId: 'm-9', kind: 'evaluation', text: 'Podjął pracę spawacza na otwartym rynku pracy (umowa o pracę).' });
  add('actionProgressRecorded', '2025-07-30', worker, { entryId: 'm-10', actionId: 'a-therapy', status: 'done', text: 'Terapia ukończona.', justification: null });
  add('actionProgressRecorded', '2025-11-28', worker, { entryId: 'm-11', actionId: 'a-room', status: 'done', text: 'Wynajął pokój; MOPS współfinansuje najem.', justification: null });
  add('actionProgressRecorded', '2026-01-29', assistant, { entryId: 'm-12', actionId: 'a-meet', status: 'done', text: 'Zakończenie spotkań z asystentem.', justification: null });
  add('caseClosed', '2026-01-30', worker, {
    reason: 'goalsAchieved',
    achievedGoalIds: ['g-main', 'g-id', 'g-job', 'g-therapy'],
    evaluation: 'Praca na otwartym rynku, pokój wynajęty ze współfinansowaniem MOPS, terapia ukończona. Cele IPWzB osiągnięte.',
  });
  return events;
}
