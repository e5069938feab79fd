import { formatLegalBasis } from '../law/legalBasis.js';
import type { IssueCode, IssueOf } from './issue.js';
import { label, labelList } from './labels.js';

/** @internal Polish messages, one per issue code; a missing code fails to compile. */
export const messagesPl = {
  invalid_input: (i) => `Nieprawidłowe dane: ${i.detail.pl}`,
  empty_log: () => 'Rejestr zdarzeń jest pusty: sprawa zaczyna się od zdarzenia „caseOpened”.',
  case_not_opened: (i) => `Sprawa nie została założona: pierwszym zdarzeniem musi być „caseOpened”, a jest „${i.eventType}”.`,
  case_already_opened: () => 'Sprawa jest już założona: „caseOpened” może wystąpić tylko raz.',
  case_mismatch: (i) => `Zdarzenie dotyczy innej sprawy (${i.actual}), a nie sprawy ${i.expected}.`,
  case_closed: () => 'Sprawa jest zamknięta: po zamknięciu nie można niczego dodać.',
  transition_not_allowed: (i) =>
    `Na etapie „${label(i.stage, 'pl')}” nie można wykonać kroku „${i.eventType}”. Dozwolone: ${i.allowed.join(', ')}.`,
  role_not_allowed: (i) =>
    `Rola „${label(i.role, 'pl')}” nie może wykonać kroku „${i.eventType}”. Mogą: ${labelList(i.allowed, 'pl')}.`,
  not_case_owner: (i) =>
    `Ten krok wykonuje pracownik socjalny prowadzący sprawę (${i.ownerId}), a nie ${i.actorId}.`,
  date_before_last_event: (i) =>
    `Data ${i.date} jest wcześniejsza niż data ostatniego zdarzenia (${i.lastEventDate}): daty nie mogą się cofać.`,
  date_before_birth: (i) => `Data ${i.date} jest wcześniejsza niż data urodzenia (${i.birthDate}).`,
  duplicate_id: (i) => `Identyfikator „${i.id}” jest już użyty (${i.collection}).`,
  unknown_reference: (i) => `Nie znaleziono „${i.id}” (${i.collection}).`,
  no_problem_diagnosed: () => 'Nie można zakończyć diagnozy ani wyznaczać celów bez co najmniej jednego zdiagnozowanego problemu.',
  no_main_goal: () => 'Kontrakt wymaga celu głównego.',
  no_ready_action: () =>
    'Kontrakt wymaga co najmniej jednego działania z osobą odpowiedzialną i terminem realizacji.',
  deadline_before_date: (i) => `Termin ${i.deadline} jest wcześniejszy niż data ${i.date}.`,
  contract_not_refused: () =>
    'Plan bez kontraktu można realizować dopiero po odnotowaniu odmowy zawarcia kontraktu socjalnego.',
  signature_mismatch: (i) => `Podpis złożyła inna osoba (${i.actual}) niż strona umowy (${i.expected}).`,
  pesel_invalid_checksum: () => 'Numer PESEL ma nieprawidłową cyfrę kontrolną.',
  pesel_birth_date_mismatch: (i) =>
    `Data urodzenia zapisana w numerze PESEL (${i.peselBirthDate}) różni się od podanej (${i.birthDate}).`,
  household_applicant_count: (i) => `Gospodarstwo domowe musi mieć dokładnie jednego wnioskodawcę (jest: ${i.count}).`,
  household_single_size: (i) =>
    `Osoba samotnie gospodarująca prowadzi jednoosobowe gospodarstwo domowe (art. 6 pkt 10 u.p.s.), a podano ${i.count} osób.`,
  household_family_size: (i) => `Rodzina to co najmniej dwie osoby (art. 6 pkt 14 u.p.s.), a podano ${i.count}.`,
  other_ground_needs_justification: (i) =>
    `Inna okoliczność uzasadniająca pomoc wymaga pisemnego uzasadnienia${i.basis ? ` (${formatLegalBasis(i.basis)})` : ''}.`,
  variant_invalid: (i) => `Rodzaj „${i.kind}” i wariant „${i.variant ?? 'brak'}” do siebie nie pasują: kontrakt socjalny ma wariant A lub B (B wymaga diagnozy bezrobocia), IPWzB i plan pracy z rodziną — żadnego.`,
  action_not_ready: (i) => `Działanie „${i.actionId}” w kontrakcie musi mieć osobę odpowiedzialną i termin realizacji.`,
  action_outside_period: (i) => `Termin działania „${i.actionId}” (${i.deadline}) wykracza poza okres kontraktu ${i.from}–${i.to}.`,
  not_contract_worker: (i) => `Ten krok wykonuje pracownik będący stroną kontraktu (${i.workerId}), a nie ${i.actorId}.`,
  worker_role_for_kind: (i) => `Dokument „${i.kind}” sporządza ${label(i.expected, 'pl')}.`,
  signer_not_party: (i) => `„${i.id}” nie jest stroną kontraktu.`,
  already_signed: (i) => `„${i.id}” już podpisał(a) kontrakt.`,
  approval_not_required: (i) => `Dokument „${i.kind}” nie podlega zatwierdzeniu przez kierownika.`,
  annex_not_signed_by_all: (i) => `Aneks muszą podpisać wszystkie strony; brak podpisu: ${i.missing.join(', ')}.`,
  amendment_after_end: (i) => `Nie można zmienić kontraktu po jego zakończeniu (${i.end}); data zmiany: ${i.date}.`,
  period_not_ended: (i) => `Okres kontraktu trwa do ${i.end}: ${i.date} nie jest po jego upływie.`,
  hearing_required: () => 'Przed oceną trzeba wezwać osobę do złożenia wyjaśnień i poczekać na odpowiedź lub upływ terminu (prawo do wysłuchania).',
  justification_required: () => 'Decyzja wymaga pisemnego uzasadnienia.',
  authorisation_required: () => 'Decyzję podejmuje kierownik ośrodka albo osoba przez niego upoważniona (podaj upoważnienie).',
  measure_not_available: (i) => `Środek „${i.measure}” nie jest dostępny w tej sprawie.`,
  justified_breach_no_measure: () => 'Uznano, że klient miał uzasadniony powód: nie proponuje się żadnego środka, postępowanie się umarza.',
  ground_not_for_date: (i) => `Podstawa „${i.ground}” nie obowiązuje w dniu ${i.date}.`,
  dependants_not_considered: (i) => `Decyzja musi uwzględnić sytuację osób pozostających na utrzymaniu (art. 11 ust. 3 u.p.s.); nie uwzględniono: ${i.missing.join(', ')}.`,
  as_of_before_application: (i) => `Dzień oceny (${i.asOf}) jest wcześniejszy niż dzień złożenia wniosku (${i.applicationDate}).`,
  income_after_application: (i) => `Dochód z miesiąca ${i.month} jest późniejszy niż miesiąc złożenia wniosku (${i.applicationDate}): nie może być dochodem z miesiąca, z którego ustala się dochód (art. 8 ust. 3 u.p.s.).`,
  invalid_date: (i) => `Pole „${i.field}” nie zawiera prawidłowej daty w postaci RRRR-MM-DD.`,
  invalid_amount: (i) => `Pole „${i.field}” musi zawierać kwotę w pełnych groszach, od 0 do ${i.max} groszy.`,
  dates_not_in_one_month: (i) => `Daty ${i.from} i ${i.to} nie należą do tego samego miesiąca: kwotę za niepełny miesiąc liczy się dla każdego miesiąca osobno.`,
  dates_reversed: (i) => `Data końcowa ${i.to} jest wcześniejsza niż początkowa ${i.from}.`,
  signature_after_event: (i) => `Podpis z ${i.signedOn} jest późniejszy niż data zdarzenia (${i.eventDate}).`,
  hearing_deadline_not_passed: (i) => `Termin na złożenie wyjaśnień (${i.deadline}) jeszcze nie upłynął w dniu ${i.date}: brak odpowiedzi można odnotować dopiero po nim.`,
} satisfies { [K in IssueCode]: (issue: IssueOf<K>) => string };
