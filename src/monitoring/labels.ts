import type { ClosureOutcome } from './closureOutcome.js';
import type { AgendaItemKind } from './agenda.js';
import type { reportedPlanKinds } from './report.js';

type Words = { readonly pl: string; readonly en: string };

/**
 * The codes monitoring names in its output: outcomes, agenda item kinds, warning kinds and plan kinds.
 *
 * @example
 * ```ts
 * import { type MonitoringCode } from 'praca-socjalna';
 * const c: MonitoringCode = 'openMarketJob';
 * ```
 * @category Monitoring
 */
export type MonitoringCode =
  | ClosureOutcome
  | AgendaItemKind
  | (typeof reportedPlanKinds)[number]
  | 'caseloadAbove'
  | 'caseloadBelow'
  | 'meetingsBelowRhythm'
  | 'meetingsAboveRhythm'
  | 'rhythmNotAgreed'
  | 'programmeShorterThanHomelessness';

const labels = {
  openMarketJob: { pl: 'podjęcie zatrudnienia na otwartym rynku pracy', en: 'job on the open market' },
  sociallyUsefulWork: { pl: 'podjęcie prac społecznie użytecznych', en: 'socially useful work' },
  paysShelterAlone: { pl: 'samodzielne opłacanie pobytu w schronisku', en: 'pays for the shelter alone' },
  leftShelterPermanently: { pl: 'trwałe opuszczenie placówki dla osób bezdomnych', en: 'left the shelter permanently' },
  roomCoFinancedByCentre: { pl: 'wynajęcie pokoju dofinansowanego przez ośrodek', en: 'rented a room co-financed by the centre' },
  supportedHousingTraining: { pl: 'trening samodzielności w mieszkaniu wspieranym', en: 'supported-housing training' },
  addictionTherapyCompleted: { pl: 'ukończenie terapii uzależnienia', en: 'finished addiction therapy' },
  socialHousingWaitingList: { pl: 'wpis na listę oczekujących na lokal socjalny', en: 'on the social-housing waiting list' },
  socialHousingReceived: { pl: 'otrzymanie lokalu socjalnego', en: 'received social housing' },
  interviewUpdate: { pl: 'aktualizacja wywiadu', en: 'interview update' },
  actionDeadline: { pl: 'termin działania', en: 'action deadline' },
  meeting: { pl: 'spotkanie z klientem', en: 'meeting with the client' },
  contractReview: { pl: 'ocena realizacji kontraktu', en: 'contract review' },
  decision: { pl: 'termin wydania decyzji', en: 'decision due' },
  hearingAnswer: { pl: 'upływ terminu na wyjaśnienia (art. 11)', en: 'time to answer passed (art. 11)' },
  socialContract: { pl: 'kontrakt socjalny', en: 'social contract' },
  homelessnessExitProgramme: { pl: 'indywidualny program wychodzenia z bezdomności', en: 'individual programme for getting out of homelessness' },
  familyWorkPlan: { pl: 'plan pracy z rodziną', en: 'family work plan' },
  caseloadAbove: { pl: 'zbyt wiele osób pod opieką', en: 'caseload above the bound' },
  caseloadBelow: { pl: 'zbyt mało osób pod opieką', en: 'caseload below the bound' },
  meetingsBelowRhythm: { pl: 'za mało spotkań', en: 'fewer meetings than the rhythm' },
  meetingsAboveRhythm: { pl: 'więcej spotkań niż w rytmie', en: 'more meetings than the rhythm' },
  rhythmNotAgreed: { pl: 'brak uzgodnionego rytmu spotkań', en: 'no meeting rhythm agreed' },
  programmeShorterThanHomelessness: { pl: 'program krótszy niż czas bezdomności', en: 'programme shorter than the time homeless' },
} as const satisfies Record<MonitoringCode, Words>;

/**
 * The Polish or English label of a monitoring code.
 *
 * @example
 * ```ts
 * import { monitoringLabel } from 'praca-socjalna';
 * monitoringLabel('roomCoFinancedByCentre', 'pl'); //=> 'wynajęcie pokoju dofinansowanego przez ośrodek'
 * ```
 * @category Monitoring
 */
export function monitoringLabel(code: MonitoringCode, lang: 'pl' | 'en'): string {
  return (labels as Record<string, Words>)[code]?.[lang] ?? (lang === 'pl' ? 'pozycja bez nazwy' : 'unnamed item');
}
