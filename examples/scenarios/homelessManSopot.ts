/**
 * Scenario 1 of ../shared/law/scenarios.md: a homeless man in Sopot, from intake to closure, in one case
 * stream — the methodical process as the MOPS Sopot material describes it (causes, possibilities,
 * limitations, a main goal and specific goals with the time to reach them), the assistant of a homeless
 * person assigned to the team, the IPWzB (art. 49 u.p.s.) drafted, signed by both parties, approved by
 * the head of the centre, reviewed every two weeks, annexed after the missed therapy, completed at
 * closure; meetings with the assistant's forms of work. Persons are invented.
 */
import { type CaseEventInput, type CaseEventInputOf, type CaseState, type CivilDate, draftContractFromCase, replay } from '../../src/index.js';
import type { Actor } from '../../src/index.js';
import { eventLog } from './eventLog.js';

export const worker = { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' } as const satisfies Actor;
export const assistant = { id: 'as-piotr', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' } as const satisfies Actor;
/** An assistant of the same centre who is not on this case's team. */
export const otherAssistant = { id: 'as-ola', name: 'Ola Kruk', role: 'assistant', assistantKind: 'homeless' } as const satisfies Actor;
export const head = { id: 'head-ewa', name: 'Ewa Maj', role: 'head' } as const satisfies Actor;
export const benefitsOfficer = { id: 'bo-tomasz', name: 'Tomasz Zając', role: 'benefitsOfficer' } as const satisfies Actor;

export const household: CaseEventInputOf<'caseOpened'>['payload']['household'] = {
  id: 'h-marek',
  kind: 'singlePerson',
  members: [
    {
      person: { id: 'p-marek', firstName: 'Marek', lastName: 'Wiśniewski', birthDate: '1977-03-02', pesel: '77030212356', sex: 'male' },
      relation: 'applicant',
    },
  ],
};

export const caseId = 'sopot-2025-001';
export const contractId = 'ipwzb-2025-001';

function stateOf(events: readonly CaseEventInput[]): CaseState {
  const r = replay(events);
  if (!r.ok) throw new Error(`the Sopot stream must replay (event ${r.error.index})`);
  return r.value;
}

/** The whole stream of the case. */
export function homelessManSopot(): CaseEventInput[] {
  const { events, add } = eventLog(caseId);
  add('caseOpened', '2025-01-08', worker, {
    household,
    owner: worker,
    source: 'referral',
    note: 'Zgłoszenie z noclegowni: mieszka w noclegowni od 3 lat, chce wyjść z bezdomności.',
  });
  add('interviewConducted', '2025-01-10', worker, {
    summary: 'Rodzinny wywiad środowiskowy w noclegowni. 48 lat, bez pracy od 5 lat, spawacz z zawodu.',
    urgent: false,
  });
  // Diagnosis: causes of the difficult life situation (art. 7 grounds)
  add('problemDiagnosed', '2025-01-10', worker, { problem: { id: 'pr-home', ground: 'homelessness', description: 'Bezdomność od 3 lat, pobyt w noclegowni', personIds: ['p-marek'] } });
  add('problemDiagnosed', '2025-01-10', worker, { problem: { id: 'pr-alc', ground: 'addiction', description: 'Uzależnienie od alkoholu', personIds: ['p-marek'] } });
  add('problemDiagnosed', '2025-01-10', worker, { problem: { id: 'pr-job', ground: 'unemployment', description: 'Długotrwałe bezrobocie (5 lat)', personIds: ['p-marek'] } });
  add('diagnosisCompleted', '2025-01-15', worker, { assessment: 'Przyczyny: brak wsparcia rodziny, utrata pracy, uzależnienie. Klient chce i może zmienić sytuację.' });
  // Possibilities (resources)
  add('resourceIdentified', '2025-01-15', worker, { resource: { id: 'r-weld', holder: 'person', description: 'Kwalifikacje zawodowe spawacza' } });
  add('resourceIdentified', '2025-01-15', worker, { resource: { id: 'r-will', holder: 'person', description: 'Chęć podjęcia pracy' } });
  add('resourceIdentified', '2025-01-15', worker, { resource: { id: 'r-flat', holder: 'environment', description: 'Prawo do ubiegania się o mieszkanie socjalne' } });
  add('resourceIdentified', '2025-01-15', worker, { resource: { id: 'r-shelter', holder: 'environment', description: 'Miejsce w noclegowni' } });
  add('resourcesCompleted', '2025-01-15', worker, {});
  // Limitations and barriers
  add('limitationIdentified', '2025-01-17', worker, { limitation: { id: 'l-alc', source: 'person', description: 'Uzależnienie od alkoholu' } });
  add('limitationIdentified', '2025-01-17', worker, { limitation: { id: 'l-debt', source: 'person', description: 'Zadłużenie' } });
  add('limitationIdentified', '2025-01-17', worker, { limitation: { id: 'l-id', source: 'person', description: 'Brak dowodu osobistego' } });
  add('limitationIdentified', '2025-01-17', worker, { limitation: { id: 'l-long', source: 'environment', description: 'Długotrwała bezdomność i bezrobocie' } });
  add('limitationsCompleted', '2025-01-17', worker, {});
  // Goals with the time to reach them
  add('mainGoalSet', '2025-01-22', worker, {
    goal: { id: 'g-main', description: 'Opuścić noclegownię i zamieszkać we własnym wynajętym pokoju w ciągu 12 miesięcy', targetDate: '2026-01-31', problemIds: ['pr-home'] },
  });
  add('specificGoalAdded', '2025-01-22', worker, { goal: { id: 'g-id', description: 'Uzyskać dowód osobisty (1 miesiąc)', targetDate: '2025-02-28', problemIds: [] } });
  add('specificGoalAdded', '2025-01-22', worker, { goal: { id: 'g-job', description: 'Zarejestrować się w PUP i podjąć pracę (4 miesiące)', targetDate: '2025-05-31', problemIds: ['pr-job'] } });
  add('specificGoalAdded', '2025-01-22', worker, { goal: { id: 'g-therapy', description: 'Ukończyć terapię uzależnienia od alkoholu (6 miesięcy)', targetDate: '2025-07-31', problemIds: ['pr-alc'] } });
  const action = (id: string, description: string, goalId: string, responsible: CaseEventInputOf<'actionPlanned'>['payload']['action']['responsible'], deadline: string, expectedResult: string) =>
    add('actionPlanned', '2025-01-22', worker, { action: { id, description, goalId, responsible, deadline, expectedResult, status: 'planned' } });
  action('a-id', 'Złożyć wniosek o dowód osobisty', 'g-id', { kind: 'client' }, '2025-02-14', 'Wniosek złożony w urzędzie');
  action('a-docs', 'Pomoc w skompletowaniu dokumentów i opłaceniu zdjęć', 'g-id', { kind: 'socialWorker' }, '2025-02-07', 'Komplet dokumentów');
  action('a-therapy', 'Podjąć terapię w poradni leczenia uzależnień', 'g-therapy', { kind: 'institution', name: 'Poradnia Terapii Uzależnień w Sopocie' }, '2025-02-28', 'Udział w terapii');
  action('a-pup', 'Zarejestrować się w powiatowym urzędzie pracy', 'g-job', { kind: 'client' }, '2025-03-07', 'Status osoby bezrobotnej');
  action('a-meet', 'Spotkania z asystentem raz w tygodniu: towarzyszenie, motywowanie, monitorowanie', 'g-main', { kind: 'assistant', assistantKind: 'homeless' }, '2026-01-31', 'Cotygodniowe spotkania');
  action('a-room', 'Szukanie ofert pokoju i wniosek o dofinansowanie najmu z MOPS', 'g-main', { kind: 'socialWorker' }, '2025-12-31', 'Umowa najmu pokoju');
  // The assistant of a homeless person joins the case team
  add('teamMemberAssigned', '2025-01-22', worker, { member: assistant });
  // The IPWzB: drafted from the case, signed by both parties, then approved by the head (art. 49)
  const content = draftContractFromCase(stateOf(events), {
    period: { from: '2025-02-03' as CivilDate, to: '2026-01-31' as CivilDate },
    centreSupport: [
      { form: 'praca socjalna i asystentura', scope: 'spotkania z asystentem osoby bezdomnej: towarzyszenie, motywowanie, monitorowanie', time: 'raz w tygodniu przez okres programu' },
      { form: 'schronienie', scope: 'miejsce w noclegowni do czasu wynajęcia pokoju', time: 'luty 2025 – styczeń 2026' },
      { form: 'zasiłek celowy', scope: 'opłata za dowód osobisty i zdjęcia', time: 'luty 2025' },
      { form: 'dofinansowanie najmu', scope: 'współfinansowanie najmu pokoju przez MOPS', time: 'od wynajęcia pokoju' },
    ],
    evaluation: { method: 'spotkania ewaluacyjne pracownika socjalnego, asystenta i klienta; dokumentacja asystenta', everyDays: 14 },
  });
  if (content === undefined) throw new Error('the case has a main goal at the goals stage');
  add('contractDrafted', '2025-01-29', worker, {
    contractId, kind: 'homelessnessExitProgramme', variant: null, shelter: null,
    parties: { clientIds: ['p-marek'], worker, centre: 'Miejski Ośrodek Pomocy Społecznej w Sopocie' },
    content,
  });
  add('contractSigned', '2025-02-03', worker, { contractId, party: 'client', personId: 'p-marek' });
  add('contractSigned', '2025-02-03', worker, { contractId, party: 'worker' });
  add('contractApproved', '2025-02-03', head, { contractId, note: 'Program zatwierdzony; realizacja z asystentem osoby bezdomnej.' }, {
    recordedAt: '2025-02-04T09:15:00+01:00', recordedBy: 'ewa.maj',
  });
  // Monitoring: meetings with the assistant's forms of work, progress of actions, two-weekly reviews
  add('meetingRecorded', '2025-02-06', assistant, {
    place: 'shelter', clientIds: ['p-marek'], staffIds: ['as-piotr'], attendance: 'attended', formsOfWork: ['motivating', 'supporting'],
    note: 'Plan tygodnia, zdjęcia do dowodu.',
  });
  add('actionProgressRecorded', '2025-02-07', worker, { actionId: 'a-docs', progress: 'done', text: 'Dokumenty skompletowane.', justification: null });
  add('meetingRecorded', '2025-02-12', assistant, {
    place: 'institution', clientIds: ['p-marek'], staffIds: ['as-piotr'], attendance: 'attended', formsOfWork: ['accompanying'],
    note: 'Towarzyszenie w urzędzie przy składaniu wniosku o dowód.',
  });
  add('actionProgressRecorded', '2025-02-12', assistant, { actionId: 'a-id', progress: 'done', text: 'Wniosek o dowód złożony (towarzyszenie asystenta).', justification: null });
  add('contractReviewed', '2025-02-17', assistant, { contractId, summary: 'Dowód osobisty w trakcie wydawania; spotkania co tydzień.' });
  add('contractReviewed', '2025-03-03', worker, { contractId, summary: 'Terapia umówiona; rejestracja w PUP przed terminem.' });
  add('actionProgressRecorded', '2025-03-05', assistant, {
    actionId: 'a-therapy', progress: 'notDone', text: 'Nieobecność na sesji terapii.', justification: 'Choroba — zaświadczenie lekarskie z 2025-03-04',
  });
  add('actionProgressRecorded', '2025-03-06', worker, { actionId: 'a-pup', progress: 'done', text: 'Zarejestrowany w PUP.', justification: null });
  // The plan is adapted to the client's possibilities, and the IPWzB annexed: the case returns to monitoring
  add('planModified', '2025-03-10', worker, { reason: 'Nowy termin rozpoczęcia terapii po chorobie; ocena realizacji IPWzB.' });
  const therapy = {
    id: 'a-therapy', description: 'Podjąć terapię w poradni leczenia uzależnień (nowy termin)', goalId: 'g-therapy',
    responsible: { kind: 'institution', name: 'Poradnia Terapii Uzależnień w Sopocie' }, deadline: '2025-03-31', expectedResult: 'Udział w terapii', status: 'inProgress',
  } as const;
  add('actionRevised', '2025-03-10', worker, { action: therapy });
  add('contractAnnexed', '2025-03-12', worker, {
    contractId,
    content: { ...content, actions: content.actions.map((a) => (a.id === 'a-therapy' ? { ...therapy, deadline: '2025-03-31' as CivilDate } : a)) },
    reason: 'Nieobecność na terapii usprawiedliwiona zaświadczeniem lekarskim; nowy termin rozpoczęcia terapii.',
    signedByClientIds: ['p-marek'],
  });
  add('meetingRecorded', '2025-03-19', assistant, {
    place: 'shelter', clientIds: ['p-marek'], staffIds: ['as-piotr'], attendance: 'attended', formsOfWork: ['monitoringForm', 'motivating'], note: 'Wrócił na terapię; chodzi regularnie.',
  });
  for (const [date, summary] of [
    ['2025-03-26', 'Regularny udział w terapii.'],
    ['2025-04-09', 'Poszukiwanie pracy z doradcą PUP.'],
    ['2025-04-23', 'Rozmowy kwalifikacyjne.'],
    ['2025-05-07', 'Oferta pracy spawacza.'],
    ['2025-05-21', 'Podjął pracę na otwartym rynku.'],
  ] as const) add('contractReviewed', date, worker, { contractId, summary });
  add('actionProgressRecorded', '2025-05-21', worker, { actionId: 'a-therapy', progress: 'partly', text: 'Terapia w toku, abstynencja potwierdzona przez poradnię.', justification: null });
  add('monitoringNoteAdded', '2025-05-26', worker, { kind: 'evaluation', text: 'Podjął pracę spawacza na otwartym rynku pracy (umowa o pracę).' });
  add('goalProgressRecorded', '2025-05-26', worker, { goalId: 'g-job', progress: 'achieved', text: 'Praca na otwartym rynku.' });
  add('actionProgressRecorded', '2025-07-30', worker, { actionId: 'a-therapy', progress: 'done', text: 'Terapia ukończona.', justification: null });
  add('goalProgressRecorded', '2025-07-30', worker, { goalId: 'g-therapy', progress: 'achieved', text: 'Terapia ukończona.' });
  add('actionProgressRecorded', '2025-11-28', worker, { actionId: 'a-room', progress: 'done', text: 'Wynajął pokój; MOPS współfinansuje najem.', justification: null });
  add('actionProgressRecorded', '2026-01-29', assistant, { actionId: 'a-meet', progress: 'done', text: 'Zakończenie spotkań z asystentem.', justification: null });
  add('contractCompleted', '2026-01-30', worker, { contractId, finalEvaluation: 'Cele programu osiągnięte: praca na otwartym rynku, terapia ukończona, pokój wynajęty ze współfinansowaniem MOPS.' });
  add('caseClosed', '2026-01-30', worker, {
    reason: 'goalsAchieved',
    achievedGoalIds: ['g-main', 'g-id', 'g-job', 'g-therapy'],
    evaluation: 'Praca na otwartym rynku, pokój wynajęty ze współfinansowaniem MOPS, terapia ukończona. Cele IPWzB osiągnięte.',
  });
  return events;
}
