/**
 * Words of the case stream in Polish and English: machines, stages and statuses, event types, roles,
 * scopes, conditions, team and meeting vocabulary. Plain data, importing nothing, so that every message
 * catalogue can read it; a Polish message never shows a code.
 *
 * @remarks Polish event names are nouns of the act, as a case file lists them („podpisanie kontraktu”).
 * @example
 * ```ts
 * import { streamLabels } from 'praca-socjalna';
 * streamLabels['contractApproved']?.pl; //=> 'zatwierdzenie przez kierownika ośrodka'
 * ```
 * @category Labels
 */
export const streamLabels: Readonly<Record<string, { readonly pl: string; readonly en: string }>> = {
  // machines
  process: { pl: 'proces metodyczny', en: 'methodical process' },
  contract: { pl: 'kontrakt', en: 'contract' },
  breach: { pl: 'postępowanie z art. 11', en: 'art. 11 procedure' },
  team: { pl: 'zespół sprawy', en: 'case team' },
  // process stages
  intake: { pl: 'przyjęcie zgłoszenia', en: 'intake' },
  diagnosis: { pl: 'diagnoza', en: 'diagnosis' },
  resources: { pl: 'zasoby', en: 'resources' },
  limitations: { pl: 'ograniczenia', en: 'limitations' },
  goals: { pl: 'cele i działania', en: 'goals and actions' },
  monitoring: { pl: 'monitorowanie', en: 'monitoring' },
  closed: { pl: 'zamknięcie', en: 'closure' },
  // contract statuses
  draft: { pl: 'projekt', en: 'draft' },
  signed: { pl: 'podpisany, czeka na zatwierdzenie', en: 'signed, awaiting approval' },
  inForce: { pl: 'obowiązuje', en: 'in force' },
  completed: { pl: 'zrealizowany', en: 'completed' },
  terminated: { pl: 'rozwiązany', en: 'terminated' },
  expired: { pl: 'wygasły', en: 'expired' },
  refused: { pl: 'odmowa zawarcia', en: 'refused' },
  // art. 11 stages
  reported: { pl: 'zgłoszenie okoliczności', en: 'reported' },
  explanationRequested: { pl: 'wezwanie do wyjaśnień', en: 'explanation requested' },
  explained: { pl: 'wyjaśnienia złożone', en: 'explained' },
  noAnswer: { pl: 'brak odpowiedzi w terminie', en: 'no answer' },
  assessed: { pl: 'ocena', en: 'assessed' },
  measureProposed: { pl: 'propozycja rozstrzygnięcia', en: 'measure proposed' },
  decided: { pl: 'rozstrzygnięte', en: 'decided' },
  dropped: { pl: 'umorzone', en: 'dropped' },
  // team states
  active: { pl: 'zespół prowadzi sprawę', en: 'the team works on the case' },
  // roles
  socialWorker: { pl: 'pracownik socjalny', en: 'social worker' },
  benefitsOfficer: { pl: 'pracownik ds. świadczeń', en: 'benefits officer' },
  assistant: { pl: 'asystent', en: 'assistant' },
  psychologist: { pl: 'psycholog', en: 'psychologist' },
  head: { pl: 'kierownik ośrodka', en: 'head of the centre' },
  // scopes
  anyoneOfRole: { pl: 'każda osoba w tej roli', en: 'anyone in the role' },
  owner: { pl: 'pracownik socjalny prowadzący sprawę', en: 'the social worker who owns the case' },
  teamMember: { pl: 'członek zespołu sprawy', en: 'a member of the case team' },
  contractParty: { pl: 'pracownik będący stroną kontraktu', en: 'the worker who is the contract’s party' },
  authorised: { pl: 'osoba z upoważnieniem kierownika odnotowanym w sprawie', en: 'a person whose authorisation is recorded in the case' },
  // conditions of guarded targets
  allSignedNoApprovalNeeded: { pl: 'podpis ostatniej strony, bez zatwierdzenia', en: 'the last signature, no approval needed' },
  allSignedApprovalNeeded: { pl: 'podpis ostatniej strony, potrzebne zatwierdzenie kierownika (art. 49)', en: 'the last signature, the head’s approval needed (art. 49)' },
  contractComesIntoForce: { pl: 'kontrakt wchodzi w życie', en: 'a contract comes into force' },
  // event types: the methodical process
  caseOpened: { pl: 'założenie sprawy', en: 'case opened' },
  interviewConducted: { pl: 'wywiad środowiskowy', en: 'interview conducted' },
  problemDiagnosed: { pl: 'rozpoznanie problemu', en: 'problem diagnosed' },
  diagnosisCompleted: { pl: 'zakończenie diagnozy', en: 'diagnosis completed' },
  resourceIdentified: { pl: 'rozpoznanie zasobu', en: 'resource identified' },
  resourcesCompleted: { pl: 'zakończenie rozpoznania zasobów', en: 'resources completed' },
  limitationIdentified: { pl: 'rozpoznanie ograniczenia', en: 'limitation identified' },
  limitationsCompleted: { pl: 'zakończenie rozpoznania ograniczeń', en: 'limitations completed' },
  mainGoalSet: { pl: 'wyznaczenie celu głównego', en: 'main goal set' },
  specificGoalAdded: { pl: 'dodanie celu szczegółowego', en: 'specific goal added' },
  actionPlanned: { pl: 'zaplanowanie działania', en: 'action planned' },
  actionRevised: { pl: 'zmiana działania', en: 'action revised' },
  planStartedWithoutContract: { pl: 'realizacja planu bez kontraktu', en: 'plan started without a contract' },
  planModified: { pl: 'modyfikacja planu', en: 'plan modified' },
  situationChanged: { pl: 'zmiana sytuacji', en: 'situation changed' },
  caseReassigned: { pl: 'przekazanie sprawy', en: 'case reassigned' },
  caseClosed: { pl: 'zamknięcie sprawy', en: 'case closed' },
  // event types: monitoring
  meetingRecorded: { pl: 'spotkanie z klientem', en: 'meeting recorded' },
  actionProgressRecorded: { pl: 'ocena realizacji działania', en: 'action progress recorded' },
  goalProgressRecorded: { pl: 'ocena osiągnięcia celu', en: 'goal progress recorded' },
  monitoringNoteAdded: { pl: 'notatka z monitorowania', en: 'monitoring note' },
  breachCircumstanceNoted: { pl: 'odnotowanie okoliczności z art. 11', en: 'art. 11 circumstance noted' },
  // event types: contracts
  contractDrafted: { pl: 'sporządzenie projektu kontraktu', en: 'contract drafted' },
  contractDraftRevised: { pl: 'zmiana projektu kontraktu', en: 'contract draft revised' },
  contractSigned: { pl: 'podpisanie kontraktu', en: 'contract signed' },
  contractApproved: { pl: 'zatwierdzenie przez kierownika ośrodka', en: 'approved by the head' },
  contractRefused: { pl: 'odmowa zawarcia kontraktu', en: 'contract refused' },
  contractReviewed: { pl: 'ocena realizacji kontraktu', en: 'contract reviewed' },
  contractAnnexed: { pl: 'aneks do kontraktu', en: 'contract annexed' },
  contractCompleted: { pl: 'zakończenie realizacji kontraktu', en: 'contract completed' },
  contractTerminated: { pl: 'rozwiązanie kontraktu', en: 'contract terminated' },
  contractExpired: { pl: 'wygaśnięcie kontraktu', en: 'contract expired' },
  // event types: art. 11
  breachReported: { pl: 'zgłoszenie okoliczności z art. 11', en: 'art. 11 circumstance reported' },
  breachExplanationRequested: { pl: 'wezwanie do złożenia wyjaśnień', en: 'explanation requested' },
  breachExplanationReceived: { pl: 'przyjęcie wyjaśnień', en: 'explanation received' },
  breachDeadlinePassed: { pl: 'upływ terminu na wyjaśnienia', en: 'deadline for explanation passed' },
  breachAssessed: { pl: 'ocena okoliczności', en: 'circumstance assessed' },
  breachMeasureProposed: { pl: 'propozycja rozstrzygnięcia', en: 'measure proposed' },
  breachDecided: { pl: 'rozstrzygnięcie', en: 'decision recorded' },
  breachDropped: { pl: 'umorzenie postępowania', en: 'procedure dropped' },
  // event types: the team
  teamMemberAssigned: { pl: 'przydzielenie do zespołu', en: 'team member assigned' },
  teamMemberReleased: { pl: 'odwołanie z zespołu', en: 'team member released' },
  authorisationGranted: { pl: 'udzielenie upoważnienia', en: 'authorisation granted' },
  authorisationRevoked: { pl: 'cofnięcie upoważnienia', en: 'authorisation revoked' },
  // event types of the 0.1 case log, named when carrying it into the current shape
  contractProposed: { pl: 'propozycja kontraktu (wersja 1)', en: 'contract proposed (version 1)' },
  circumstanceObserved: { pl: 'odnotowanie okoliczności z art. 11 (wersja 1)', en: 'art. 11 circumstance observed (version 1)' },
  // collections named by issues
  contracts: { pl: 'kontrakty sprawy', en: 'contracts of the case' },
  procedures: { pl: 'postępowania z art. 11 w sprawie', en: 'art. 11 procedures of the case' },
  teamMembers: { pl: 'członkowie zespołu', en: 'team members' },
  authorisations: { pl: 'upoważnienia', en: 'authorisations' },
  // meeting places
  home: { pl: 'miejsce zamieszkania', en: 'home' },
  centre: { pl: 'ośrodek', en: 'centre' },
  shelter: { pl: 'placówka dla osób bezdomnych', en: 'shelter' },
  street: { pl: 'ulica (streetworking)', en: 'street' },
  institution: { pl: 'instytucja', en: 'institution' },
  // attendance
  attended: { pl: 'spotkanie odbyte', en: 'attended' },
  clientAbsent: { pl: 'nieobecność klienta', en: 'client absent' },
  cancelled: { pl: 'spotkanie odwołane', en: 'cancelled' },
  // the assistant's forms of work (Sopot material)
  accompanying: { pl: 'towarzyszenie', en: 'accompanying' },
  supporting: { pl: 'wspieranie', en: 'supporting' },
  observing: { pl: 'obserwowanie', en: 'observing' },
  motivating: { pl: 'motywowanie', en: 'motivating' },
  monitoringForm: { pl: 'monitorowanie', en: 'monitoring' },
  // action and goal progress
  done: { pl: 'zrealizowane', en: 'done' },
  partly: { pl: 'zrealizowane częściowo', en: 'partly done' },
  notDone: { pl: 'niezrealizowane', en: 'not done' },
  overdue: { pl: 'po terminie', en: 'overdue' },
  achieved: { pl: 'osiągnięty', en: 'achieved' },
  partlyAchieved: { pl: 'osiągnięty częściowo', en: 'partly achieved' },
  notAchieved: { pl: 'nieosiągnięty', en: 'not achieved' },
  // authorisation scopes
  breachDecisions: { pl: 'rozstrzygnięcia z art. 11', en: 'art. 11 decisions' },
};
