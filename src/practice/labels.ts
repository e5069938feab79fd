import type { Language } from '../issues/issue.js';
import type { GroupKind, InstitutionKind, SocialWorkForm } from './vocabulary.js';

type Labels<K extends string> = { readonly [key in K]: { readonly pl: string; readonly en: string } };

const forms: Labels<SocialWorkForm> = {
  documentsForBenefits: { pl: 'pomoc w kompletowaniu dokumentów do renty, emerytury i innych świadczeń', en: 'help assembling documents for a pension or other benefits' },
  alimonyClaim: { pl: 'działania w zakresie uzyskania alimentów', en: 'action to obtain maintenance (alimony)' },
  freeConsultation: { pl: 'bezpłatna konsultacja z prawnikiem lub psychologiem', en: 'free consultation with a lawyer or psychologist' },
  clientRepresentation: { pl: 'występowanie w charakterze przedstawiciela i rzecznika klienta', en: 'acting as the client’s representative' },
  budgetTraining: { pl: 'nauka racjonalnego gospodarowania środkami (trening budżetowy)', en: 'teaching money management (budget training)' },
  therapeuticReferral: { pl: 'pomoc terapeutyczna: skierowanie do poradni', en: 'therapeutic help: referral to a clinic' },
  employmentHelp: { pl: 'pomoc w zatrudnieniu (rejestracja w urzędzie pracy, prace społecznie użyteczne)', en: 'help with employment (labour-office registration, socially useful work)' },
  institutionalCooperation: { pl: 'współpraca ze szkołą, sądem rodzinnym, kuratorami, policją, lekarzami i pielęgniarkami', en: 'cooperation with school, family court, probation officers, police, doctors and nurses' },
  mediation: { pl: 'mediacja', en: 'mediation' },
  crisisIntervention: { pl: 'interwencja kryzysowa', en: 'crisis intervention' },
  outreach: { pl: 'docieranie do osób bezdomnych w miejscach niemieszkalnych (streetworking)', en: 'outreach to homeless people in places not meant for living' },
};

const institutions: Labels<InstitutionKind> = {
  countyLabourOffice: { pl: 'powiatowy urząd pracy', en: 'county labour office' },
  regionalLabourOffice: { pl: 'wojewódzki urząd pracy', en: 'regional labour office' },
  addictionClinic: { pl: 'poradnia leczenia uzależnień', en: 'addiction clinic' },
  alcoholCommission: { pl: 'komisja rozwiązywania problemów alkoholowych', en: 'municipal commission for alcohol problems' },
  mentalHealthClinic: { pl: 'poradnia zdrowia psychicznego', en: 'mental-health clinic' },
  psychologicalPedagogicalClinic: { pl: 'poradnia psychologiczno-pedagogiczna', en: 'psychological-pedagogical clinic' },
  familyCourt: { pl: 'sąd rodzinny', en: 'family court' },
  probationOfficer: { pl: 'kurator sądowy', en: 'probation officer' },
  police: { pl: 'policja', en: 'police' },
  school: { pl: 'szkoła', en: 'school' },
  ngo: { pl: 'organizacja pozarządowa', en: 'non-governmental organisation' },
  rehabilitationCentre: { pl: 'ośrodek rehabilitacji', en: 'rehabilitation centre' },
  nfz: { pl: 'Narodowy Fundusz Zdrowia', en: 'National Health Fund (NFZ)' },
  disabilityOmbudsman: { pl: 'rzecznik osób niepełnosprawnych', en: 'disability ombudsman' },
  vocationalTrainingCentre: { pl: 'zakład doskonalenia zawodowego', en: 'vocational training centre' },
  healthCare: { pl: 'lekarz lub pielęgniarka', en: 'doctor or nurse' },
  socialIntegrationClub: { pl: 'klub integracji społecznej', en: 'social integration club' },
  other: { pl: 'inna instytucja', en: 'other institution' },
};

const groupKinds: Labels<GroupKind> = {
  supportGroup: { pl: 'grupa wsparcia', en: 'support group' },
  selfHelpGroup: { pl: 'grupa samopomocowa', en: 'self-help group' },
  socialIntegrationClubCohort: { pl: 'grupa uczestników klubu integracji społecznej', en: 'social integration club cohort' },
  projectCohort: { pl: 'grupa uczestników projektu', en: 'project cohort' },
};

const other = {
  // outcomes of a referral
  achieved: { pl: 'cel skierowania osiągnięty', en: 'purpose achieved' },
  partlyAchieved: { pl: 'cel skierowania osiągnięty częściowo', en: 'purpose partly achieved' },
  notAchieved: { pl: 'cel skierowania nieosiągnięty', en: 'purpose not achieved' },
  abandoned: { pl: 'klient przerwał udział', en: 'abandoned by the client' },
  // consent forms
  written: { pl: 'zgoda pisemna', en: 'written consent' },
  oral: { pl: 'zgoda ustna odnotowana przez pracownika', en: 'oral consent noted by the worker' },
  // lists of a group
  participant: { pl: 'lista uczestników', en: 'participant list' },
  reserve: { pl: 'lista rezerwowa', en: 'reserve list' },
  // benefits
  permanentAllowance: { pl: 'zasiłek stały', en: 'permanent allowance' },
  periodicAllowance: { pl: 'zasiłek okresowy', en: 'periodic allowance' },
  purposeAllowance: { pl: 'zasiłek celowy', en: 'purpose allowance' },
  randomEventPurposeAllowance: { pl: 'zasiłek celowy w związku ze zdarzeniem losowym', en: 'purpose allowance after a random event' },
  specialPurposeAllowance: { pl: 'specjalny zasiłek celowy', en: 'special purpose allowance' },
  socialWork: { pl: 'praca socjalna', en: 'social work' },
  // sobriety contract
  inpatientTreatment: { pl: 'leczenie stacjonarne', en: 'inpatient treatment' },
  outpatientTherapy: { pl: 'terapia w poradni', en: 'outpatient therapy' },
  selfHelpGroupMeetings: { pl: 'udział w mityngach grupy samopomocowej', en: 'self-help group meetings' },
  abstinence: { pl: 'utrzymanie abstynencji', en: 'abstinence' },
  therapistConfirmation: { pl: 'potwierdzenie od terapeuty', en: 'confirmation from the therapist' },
  attendanceList: { pl: 'lista obecności', en: 'attendance list' },
  workerObservation: { pl: 'obserwacja pracownika', en: 'worker’s observation' },
  clientDeclaration: { pl: 'oświadczenie klienta', en: 'client’s declaration' },
  // intercultural plan: areas of the family's functioning
  officialMatters: { pl: 'sprawy urzędowe', en: 'official matters' },
  schoolAndPreschool: { pl: 'szkoła i przedszkole', en: 'school and preschool' },
  healthCareAccess: { pl: 'korzystanie z opieki zdrowotnej', en: 'access to health care' },
  benefitsAndLaw: { pl: 'przysługujące świadczenia i przepisy obowiązujące w Polsce', en: 'benefits and the law in Poland' },
  languageLearning: { pl: 'nauka języka polskiego', en: 'learning Polish' },
  work: { pl: 'poszukiwanie pracy', en: 'finding work' },
  housing: { pl: 'mieszkanie', en: 'housing' },
  // community work
  communityOutreach: { pl: 'praca w środowisku: docieranie do osób bezdomnych', en: 'community work: outreach to homeless people' },
  communityMeeting: { pl: 'spotkanie ze społecznością lokalną', en: 'meeting with the local community' },
  institutionalPartnership: { pl: 'koordynacja działań instytucji', en: 'coordination of institutions' },
} as const;

/** @internal Every label of the practice vocabulary, by code. */
export const practiceLabels: Readonly<Record<string, { readonly pl: string; readonly en: string }>> = { ...forms, ...institutions, ...groupKinds, ...other };

/**
 * The label of a practice code (a form of social work, an institution kind, a group kind, a referral
 * outcome, a benefit, a commitment of a sobriety contract…) in Polish or English; `undefined` for a code
 * it does not know (never the code itself, so that Polish text never shows one).
 *
 * @example
 * ```ts
 * import { practiceLabel } from 'praca-socjalna';
 * practiceLabel('addictionClinic', 'pl'); //=> 'poradnia leczenia uzależnień'
 * ```
 * @category Practice
 */
export function practiceLabel(code: string, lang: Language): string | undefined {
  return Object.hasOwn(practiceLabels, code) ? practiceLabels[code]?.[lang] : undefined;
}
