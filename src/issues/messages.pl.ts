import { formatLegalBasis } from '../law/legalBasis.js';
import type { IssueCode, IssueOf } from './issue.js';
import { label as codeLabel } from '../i18n/labels.js';
import { collectionName } from './collections.js';
import { fieldLabel } from './fieldPath.js';
import { label, labelList } from './labels.js';

const w = (key: string): string => label(key, 'pl');
const ws = (keys: readonly string[]): string => labelList(keys, 'pl');
const list = (collection: string): string => collectionName(collection, 'pl');
const field = (name: string): string => fieldLabel(name, 'pl') ?? 'wskazane pole';
const planKind = (kind: string): string => codeLabel(kind, 'pl', 'PlanKind') ?? 'wskazany rodzaj dokumentu';

/** @internal Polish messages, one per issue code; a missing code fails to compile. */
export const messagesPl = {
  invalid_input: (i) => `Nieprawidłowe dane: ${i.detail.pl}`,
  empty_log: () => 'Rejestr zdarzeń jest pusty: sprawa zaczyna się od zdarzenia „założenie sprawy”.',
  case_not_opened: (i) => `Sprawa nie została założona: pierwszym zdarzeniem musi być „założenie sprawy”, a jest „${w(i.eventType)}”.`,
  case_already_opened: () => 'Sprawa jest już założona: zdarzenie „założenie sprawy” może wystąpić tylko raz.',
  case_mismatch: () => 'Zdarzenie dotyczy innej sprawy niż ta, do której jest dodawane.',
  case_closed: () => 'Sprawa jest zamknięta: po zamknięciu nie można niczego dodać.',
  transition_not_allowed: (i) =>
    `Na etapie „${w(i.stage)}” nie można wykonać kroku „${w(i.eventType)}”. Dozwolone: ${ws(i.allowed) || 'żaden krok'}.`,
  role_not_allowed: (i) =>
    `Rola „${w(i.role)}” nie może wykonać kroku „${w(i.eventType)}”. Mogą: ${ws(i.allowed)}.`,
  not_case_owner: () =>
    'Ten krok wykonuje pracownik socjalny prowadzący sprawę, a nie inna osoba.',
  date_before_last_event: (i) =>
    `Data ${i.date} jest wcześniejsza niż data ostatniego zdarzenia (${i.lastEventDate}): daty nie mogą się cofać.`,
  date_before_birth: () => 'Data jest wcześniejsza niż data urodzenia osoby.',
  duplicate_id: (i) => `Ten identyfikator jest już użyty (${list(i.collection)}).`,
  unknown_reference: (i) => `Nie znaleziono wskazanego identyfikatora (${list(i.collection)}).`,
  no_problem_diagnosed: () => 'Nie można zakończyć diagnozy ani wyznaczać celów bez co najmniej jednego zdiagnozowanego problemu.',
  no_main_goal: () => 'Kontrakt wymaga celu głównego.',
  no_ready_action: () =>
    'Kontrakt wymaga co najmniej jednego działania z osobą odpowiedzialną i terminem realizacji.',
  deadline_before_date: (i) => `Termin ${i.deadline} jest wcześniejszy niż data ${i.date}.`,
  contract_not_refused: () =>
    'Plan bez kontraktu można realizować dopiero po odnotowaniu odmowy zawarcia kontraktu socjalnego.',
  signature_mismatch: () => 'Podpis złożyła inna osoba niż strona umowy.',
  pesel_invalid_checksum: () => 'Numer PESEL ma nieprawidłową cyfrę kontrolną.',
  pesel_birth_date_mismatch: () =>
    'Data urodzenia zapisana w numerze PESEL różni się od podanej daty urodzenia.',
  household_applicant_count: (i) => `Gospodarstwo domowe musi mieć dokładnie jednego wnioskodawcę (jest: ${i.count}).`,
  household_single_size: (i) =>
    `Osoba samotnie gospodarująca prowadzi jednoosobowe gospodarstwo domowe (art. 6 pkt 10 u.p.s.), a podano ${i.count} osób.`,
  household_family_size: (i) => `Rodzina to co najmniej dwie osoby (art. 6 pkt 14 u.p.s.), a podano ${i.count}.`,
  other_ground_needs_justification: (i) =>
    `Inna okoliczność uzasadniająca pomoc wymaga pisemnego uzasadnienia${i.basis ? ` (${formatLegalBasis(i.basis)})` : ''}.`,
  variant_invalid: (i) =>
    i.variant === 'shelter'
      ? `Schronisko lub noclegownię wskazuje się tylko w indywidualnym programie wychodzenia z bezdomności, a nie w dokumencie „${planKind(i.kind)}”.`
      : `Dokument „${planKind(i.kind)}” i ${i.variant === null ? 'brak wariantu' : `wariant ${i.variant === 'A' || i.variant === 'B' ? i.variant : 'wskazany'}`} do siebie nie pasują: kontrakt socjalny ma wariant A lub B (B wymaga diagnozy bezrobocia), IPWzB i plan pracy z rodziną — żadnego.`,
  action_not_ready: () => 'Działanie w kontrakcie musi mieć osobę odpowiedzialną i termin realizacji.',
  action_outside_period: (i) => `Termin działania (${i.deadline}) wykracza poza okres kontraktu ${i.from}–${i.to}.`,
  not_contract_worker: () => 'Ten krok wykonuje pracownik będący stroną kontraktu, a nie inna osoba.',
  worker_role_for_kind: (i) => `Dokument „${planKind(i.kind)}” sporządza ${w(i.expected)}.`,
  signer_not_party: () => 'Podpisujący nie jest stroną kontraktu.',
  already_signed: () => 'Ta strona już podpisała kontrakt.',
  approval_not_required: (i) => `Dokument „${planKind(i.kind)}” nie podlega zatwierdzeniu przez kierownika.`,
  annex_not_signed_by_all: (i) => `Aneks muszą podpisać wszystkie strony; liczba brakujących podpisów: ${i.missing.length}.`,
  amendment_after_end: (i) => `Nie można zmienić kontraktu po jego zakończeniu (${i.end}); data zmiany: ${i.date}.`,
  period_not_ended: (i) => `Okres kontraktu trwa do ${i.end}: ${i.date} nie jest po jego upływie.`,
  hearing_required: () => 'Przed oceną trzeba wezwać osobę do złożenia wyjaśnień i poczekać na odpowiedź lub upływ terminu (prawo do wysłuchania).',
  justification_required: () => 'Decyzja wymaga pisemnego uzasadnienia.',
  authorisation_required: () => 'Decyzję podejmuje kierownik ośrodka albo osoba przez niego upoważniona (podaj upoważnienie).',
  measure_not_available: (i) => `Środek „${codeLabel(i.measure, 'pl', 'Measure') ?? 'wskazany'}” nie jest dostępny w tej sprawie.`,
  justified_breach_no_measure: () => 'Uznano, że klient miał uzasadniony powód: nie proponuje się żadnego środka, postępowanie się umarza.',
  ground_not_for_date: (i) => `Podstawa „${codeLabel(i.ground, 'pl', 'BreachGround') ?? 'wskazana'}” nie obowiązuje w dniu ${i.date}.`,
  dependants_not_considered: (i) => `Decyzja musi uwzględnić sytuację osób pozostających na utrzymaniu (art. 11 ust. 3 u.p.s.); liczba osób nieuwzględnionych: ${i.missing.length}.`,
  step_not_allowed: (i) =>
    `${where(i.machine, i.state)} nie można wykonać kroku „${w(i.eventType)}”. Dozwolone: ${ws(i.allowed) || 'żaden krok'}.`,
  step_condition_not_met: (i) =>
    `${where(i.machine, i.state)} krok „${w(i.eventType)}” wymaga spełnienia warunku: ${ws(i.conditions)}.`,
  role_not_permitted: (i) =>
    `${cap(w(i.machine))}: rola „${w(i.role)}” nie może wykonać kroku „${w(i.eventType)}”. Mogą: ${ws(i.allowed)}.`,
  scope_not_met: (i) =>
    `${cap(w(i.machine))}: krok „${w(i.eventType)}” może wykonać tylko ${w(i.scope)}; osoba w roli „${w(i.role)}” tego warunku nie spełnia.`,
  event_id_reused: () => 'Identyfikator zdarzenia jest już użyty w tej sprawie dla zdarzenia o innej treści.',
  stream_not_a_list: () => 'Rejestr zdarzeń sprawy musi być listą zdarzeń.',
  unknown_item: (i) => `${cap(w(i.machine))}: zdarzenie wskazuje pozycję, której nie ma wśród: ${list(i.collection)}.`,
  item_exists: (i) => `${cap(w(i.machine))}: pozycja o tym identyfikatorze już istnieje wśród: ${list(i.collection)}.`,
  upcast_failed: (i) => `Zdarzenia „${w(i.eventType)}” z wersji 1 rejestru nie można przenieść do obecnego kształtu.`,
  as_of_before_application: (i) => `Dzień oceny (${i.asOf}) jest wcześniejszy niż dzień złożenia wniosku (${i.applicationDate}).`,
  income_after_application: (i) => `Dochód z miesiąca ${i.month} jest późniejszy niż miesiąc złożenia wniosku (${i.applicationDate}): nie może być dochodem z miesiąca, z którego ustala się dochód (art. 8 ust. 3 u.p.s.).`,
  invalid_date: (i) => `Pole „${field(i.field)}” nie zawiera prawidłowej daty w postaci RRRR-MM-DD.`,
  invalid_amount: (i) => `Pole „${field(i.field)}” musi zawierać kwotę w pełnych groszach, od 0 do ${i.max} groszy.`,
  dates_not_in_one_month: (i) => `Daty ${i.from} i ${i.to} nie należą do tego samego miesiąca: kwotę za niepełny miesiąc liczy się dla każdego miesiąca osobno.`,
  dates_reversed: (i) => `Data końcowa ${i.to} jest wcześniejsza niż początkowa ${i.from}.`,
  consent_not_recorded: () => 'Skierowanie wymaga zgody klienta odnotowanej w sprawie; takiej zgody nie ma.',
  consent_withdrawn: (i) => `Klient wycofał zgodę na skierowanie (${i.withdrawnOn}): nie można na jej podstawie kierować go do instytucji.`,
  consent_other_person: () => 'Wskazana zgoda dotyczy innej osoby niż kierowana.',
  consent_does_not_cover: () => 'Zgoda klienta nie obejmuje skierowania do tego rodzaju instytucji.',
  group_full: (i) => `Lista uczestników jest pełna (${i.capacity} ${pluralPl(i.capacity, 'miejsce', 'miejsca', 'miejsc')}): kandydata można wpisać na listę rezerwową.`,
  recruitment_criteria_not_met: (i) => `Kandydat nie spełnia ${i.missing} ${pluralPl(i.missing, 'kryterium', 'kryteriów', 'kryteriów')} rekrutacji określonych w regulaminie.`,
  reserve_not_first: () => 'Z listy rezerwowej przyjmuje się najpierw osobę wpisaną na nią najwcześniej.',
  decision_not_needed: () => 'Praca socjalna nie wymaga decyzji administracyjnej (art. 106 ust. 2 u.p.s.).',
  amount_required: () => 'Decyzja przyznająca świadczenie pieniężne musi określać jego kwotę.',
  amount_not_expected: () => 'Decyzja odmowna nie określa kwoty świadczenia.',
  period_required: () => 'Decyzja przyznająca zasiłek stały lub okresowy musi określać okres, na jaki go przyznano.',
  contract_not_in_force: (i) => `W dniu ${i.date} w sprawie nie obowiązuje kontrakt socjalny, a ten krok go wymaga (art. 38 i art. 39a u.p.s.).`,
  continuation_too_long: (i) => `Po podjęciu zatrudnienia zasiłek można wypłacać najdłużej do ${i.lastAllowed}, a wskazano ${i.until}.`,
  rule_not_in_force: (i) => `Ten przepis stosuje się od ${i.from}; w dniu ${i.date} nie obowiązywał albo jego brzmienie nie zostało ustalone.`,
  interview_missing: () => 'W sprawie nie ma wywiadu pracownika socjalnego, na którym można oprzeć wniosek o świadczenie.',
  no_pending_application: () => 'W sprawie nie ma złożonego wniosku o to świadczenie, który czekałby na decyzję.',
  continuation_not_for_benefit: () => 'Wypłatę po podjęciu zatrudnienia można kontynuować tylko dla zasiłku okresowego (art. 38 u.p.s.) i zasiłku celowego (art. 39a u.p.s.).',
  group_mismatch: () => 'Zdarzenie dotyczy innej grupy niż ta, której rejestr jest prowadzony.',
  sobriety_commitment_missing: (i) =>
    i.commitment === 'abstinence'
      ? 'Kontrakt na utrzymanie trzeźwości musi zawierać zobowiązanie do utrzymania abstynencji.'
      : 'Kontrakt na utrzymanie trzeźwości musi zawierać zobowiązanie do leczenia: stacjonarnego, w poradni albo udziału w grupie samopomocowej.',
  goal_without_basis: () => 'Cel musi opierać się na co najmniej jednym zasobie albo odpowiadać na co najmniej jedno ograniczenie rozpoznane w diagnozie.',
  goal_basis_unknown: (i) =>
    `Podstawa celu wskazuje pozycję, której nie ma w sprawie (${i.collection === 'goals' ? 'cele' : i.collection === 'resources' ? 'zasoby' : 'ograniczenia'}).`,
  not_group_staff: () => 'Ten krok w grupie wykonuje osoba, która ją utworzyła i koordynuje, osoba prowadząca zajęcia albo kierownik ośrodka.',
  signature_after_event: (i) => `Podpis z ${i.signedOn} jest późniejszy niż data zdarzenia (${i.eventDate}).`,
  hearing_deadline_not_passed: (i) => `Termin na złożenie wyjaśnień (${i.deadline}) jeszcze nie upłynął w dniu ${i.date}: brak odpowiedzi można odnotować dopiero po nim.`,
} satisfies { [K in IssueCode]: (issue: IssueOf<K>) => string };

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Where a machine is, in words that fit it: a process has stages („na etapie”), a contract or procedure a state („obecnie”). */
function where(machine: string, state: string): string {
  return machine === 'process' ? `${cap(w(machine))}: na etapie „${w(state)}”` : `${cap(w(machine))} (obecnie: ${w(state)}):`;
}

/** Polish plural: 1 → one; 2–4 (not 12–14) → few; otherwise many. */
function pluralPl(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const d = n % 10;
  const t = n % 100;
  return d >= 2 && d <= 4 && (t < 12 || t > 14) ? few : many;
}
