import type { Language } from '../issues/issue.js';

type Entry = { readonly pl: string; readonly en: string };
type Vocabulary = Readonly<Record<string, Entry>>;
const e = (pl: string, en: string): Entry => ({ pl, en });

/**
 * Labels of every code the SDK emits or takes, by vocabulary (the name of the exported enum). Polish words
 * are the ones a worker writes in a file; where the person's sex is unknown they are neutral („osoba”,
 * „strona”, „dziadek lub babcia”). Adding a language is one more field per entry; the test walks every
 * exported enum so that a new code without a label fails.
 */
const vocabularies = {
  ActCode: {
    ups: e('ustawa o pomocy społecznej', 'Social Assistance Act'),
    uwr: e('ustawa o wspieraniu rodziny i systemie pieczy zastępczej', 'Act on family support and foster care'),
    rozpKontrakt2010: e('rozporządzenie w sprawie wzoru kontraktu socjalnego (2010)', 'regulation on the social contract form (2010)'),
    rozpRws2021: e('rozporządzenie w sprawie rodzinnego wywiadu środowiskowego (2021)', 'regulation on the family community interview (2021)'),
    rozpKryteria2024: e('rozporządzenie w sprawie kryteriów dochodowych (2024)', 'regulation on the income criteria (2024)'),
    kc: e('Kodeks cywilny', 'Civil Code'),
    dniWolne1951: e('ustawa o dniach wolnych od pracy (1951)', 'Act on public holidays (1951)'),
    kpa: e('Kodeks postępowania administracyjnego', 'Code of Administrative Procedure'),
  },
  ActionStatus: {
    planned: e('zaplanowane', 'planned'),
    inProgress: e('w toku', 'in progress'),
    done: e('wykonane', 'done'),
    missed: e('niewykonane w terminie', 'missed'),
    cancelled: e('odwołane', 'cancelled'),
  },
  AssistanceGround: {
    poverty: e('ubóstwo', 'poverty'),
    orphanhood: e('sieroctwo', 'orphanhood'),
    homelessness: e('bezdomność', 'homelessness'),
    unemployment: e('bezrobocie', 'unemployment'),
    disability: e('niepełnosprawność', 'disability'),
    longTermIllness: e('długotrwała lub ciężka choroba', 'long-term or serious illness'),
    domesticViolence: e('przemoc domowa', 'domestic violence'),
    humanTraffickingVictim: e('potrzeba ochrony ofiar handlu ludźmi', 'protection of victims of human trafficking'),
    motherhoodOrLargeFamily: e('potrzeba ochrony macierzyństwa lub wielodzietności', 'protection of motherhood or large families'),
    helplessnessInCare: e('bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego', 'helplessness in care, upbringing and running a household'),
    youthLeavingCare: e('trudności w integracji osób opuszczających pieczę zastępczą', 'integration of young people leaving foster care'),
    foreignerIntegration: e('trudności w integracji cudzoziemców', 'integration of foreigners'),
    afterPrison: e('trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego', 'adjustment after release from prison'),
    addiction: e('alkoholizm lub narkomania', 'alcohol or drug addiction'),
    randomEvent: e('zdarzenie losowe i sytuacja kryzysowa', 'random event and crisis'),
    disaster: e('klęska żywiołowa lub ekologiczna', 'natural or ecological disaster'),
    other: e('inna okoliczność uzasadniająca pomoc', 'another circumstance justifying assistance'),
  },
  AssistantKind: {
    family: e('asystent rodziny', 'family assistant'),
    homeless: e('asystent osoby bezdomnej', 'assistant of a homeless person'),
    disability: e('asystent osoby z niepełnosprawnością', 'personal assistant of a person with a disability'),
    intercultural: e('asystent międzykulturowy', 'intercultural assistant'),
  },
  BreachGround: {
    wastingGrantedBenefits: e('marnotrawienie przyznanych świadczeń', 'wasting granted benefits'),
    destroyingBenefits: e('celowe niszczenie przyznanych świadczeń', 'deliberately destroying granted benefits'),
    usingAgainstPurpose: e('korzystanie ze świadczeń niezgodnie z przeznaczeniem', 'using benefits against their purpose'),
    wastingOwnResources: e('marnotrawienie własnych zasobów finansowych', 'wasting own financial resources'),
    noCooperation: e('brak współdziałania z pracownikiem socjalnym', 'no cooperation with the social worker'),
    refusingContract: e('odmowa zawarcia kontraktu socjalnego', 'refusal to conclude a social contract'),
    breakingContract: e('niedotrzymywanie postanowień kontraktu socjalnego', 'not keeping the social contract'),
    refusingJob: e('odmowa podjęcia zatrudnienia przez osobę bezrobotną', 'refusal of a job by an unemployed person'),
    refusingActivation: e('odmowa lub przerwanie szkolenia, stażu lub prac', 'refusing or abandoning training, internship or works'),
    refusingSocialIntegration: e('odmowa udziału w działaniach integracji społecznej', 'refusing social-integration activities'),
    refusingAddictionTreatment: e('odmowa podjęcia leczenia odwykowego', 'refusal of addiction treatment'),
  },
  BreachStage: {
    reported: e('zgłoszenie', 'reported'),
    explanationRequested: e('wezwanie do wyjaśnień', 'explanation requested'),
    explained: e('wyjaśnienia złożone', 'explained'),
    noAnswer: e('brak wyjaśnień w terminie', 'no answer by the deadline'),
    assessed: e('ocena', 'assessed'),
    measureProposed: e('propozycja środka', 'measure proposed'),
    decided: e('decyzja', 'decided'),
    dropped: e('umorzenie', 'dropped'),
  },
  ClosureReason: {
    goalsAchieved: e('cele osiągnięte', 'goals achieved'),
    goalsPartlyAchieved: e('cele osiągnięte częściowo', 'goals partly achieved'),
    clientWithdrew: e('rezygnacja osoby', 'the client withdrew'),
    noCooperation: e('brak współpracy', 'no cooperation'),
    movedAway: e('zmiana miejsca zamieszkania', 'moved away'),
    death: e('zgon', 'death'),
    transferred: e('przekazanie sprawy', 'case transferred'),
    other: e('inny powód', 'another reason'),
  },
  ConcurrentEntitlement: {
    socialPension: e('renta socjalna', 'social pension'),
    nursingBenefit: e('świadczenie pielęgnacyjne', 'nursing benefit'),
    specialCareAllowance: e('specjalny zasiłek opiekuńczy', 'special care allowance'),
    carerAllowance: e('zasiłek dla opiekuna', "carer's allowance"),
  },
  Confidence: {
    V: e('wartość potwierdzona w tekście ustawy', 'value confirmed in the text of the act'),
    S: e('wartość z wtórnego źródła — sprawdź przed decyzją', 'value from a secondary source — check before deciding'),
    R: e('wartość niepotwierdzona w żadnym tekście — sprawdź przed decyzją', 'value not confirmed in any text — check before deciding'),
    C: e('źródła podają różne wartości — sprawdź przed decyzją', 'the sources disagree — check before deciding'),
  },
  ContractStatus: {
    draft: e('projekt', 'draft'),
    signed: e('podpisany', 'signed'),
    inForce: e('obowiązuje', 'in force'),
    completed: e('zrealizowany', 'completed'),
    terminated: e('rozwiązany', 'terminated'),
    expired: e('wygasł', 'expired'),
    refused: e('odmowa zawarcia', 'refused'),
  },
  LegalStatus: {
    polishCitizen: e('obywatelstwo polskie', 'Polish citizen'),
    foreignerFullRights: e('cudzoziemiec z pełnym prawem do świadczeń', 'foreigner with full rights'),
    foreignerHumanitarian: e('cudzoziemiec na pobycie humanitarnym lub tolerowanym', 'foreigner on humanitarian or tolerated stay'),
    euEftaCitizen: e('obywatel państwa UE lub EFTA z prawem pobytu', 'EU or EFTA citizen with a right of residence'),
    traffickingVictim: e('ofiara handlu ludźmi', 'victim of human trafficking'),
    noEntitlement: e('brak tytułu do świadczeń', 'no entitlement'),
  },
  MaintenanceBeyondIncome: {
    memberOnly: e('tylko z dochodu płacącego', "from the payer's income only"),
    wholeFamily: e('z dochodu całej rodziny', "from the whole family's income"),
  },
  Measure: {
    limitBenefits: e('ograniczenie świadczeń', 'limiting benefits'),
    refuseBenefit: e('odmowa przyznania świadczenia', 'refusing a benefit'),
    inKindInsteadOfCash: e('świadczenie w naturze zamiast pieniężnego', 'help in kind instead of cash'),
    revokeDecision: e('uchylenie decyzji o przyznaniu świadczenia', 'revoking the decision'),
    suspendCashBenefits: e('wstrzymanie świadczeń pieniężnych', 'suspending cash benefits'),
  },
  PlanKind: {
    socialContract: e('kontrakt socjalny', 'social contract'),
    homelessnessExitProgramme: e('indywidualny program wychodzenia z bezdomności', 'individual homelessness exit programme'),
    familyWorkPlan: e('plan pracy z rodziną', 'family work plan'),
  },
  ReceiptSource: {
    employment: e('wynagrodzenie ze stosunku pracy', 'wages'),
    civilContract: e('umowa cywilnoprawna', 'civil-law contract'),
    pension: e('emerytura lub renta', 'pension'),
    unemploymentBenefit: e('zasiłek dla bezrobotnych', 'unemployment benefit'),
    maintenanceReceived: e('alimenty otrzymywane', 'alimony received'),
    familyBenefit: e('świadczenia rodzinne', 'family benefits'),
    careBenefit: e('świadczenia opiekuńcze', 'care benefits'),
    other: e('inny przychód', 'other receipt'),
    oneOffSocialBenefit: e('jednorazowe pieniężne świadczenie socjalne', 'one-off social benefit'),
    purposeAllowance: e('zasiłek celowy', 'purpose allowance'),
    schoolSocialAid: e('pomoc materialna dla uczniów', 'school social aid'),
    inKindBenefit: e('świadczenie w naturze', 'benefit in kind'),
    sociallyUsefulWork: e('świadczenie za prace społecznie użyteczne', 'socially useful work'),
    thirteenthPension: e('trzynasta emerytura', '13th pension'),
    childRaisingBenefit: e('świadczenie wychowawcze', 'child-raising benefit'),
    fourteenthPension: e('czternasta emerytura', '14th pension'),
    familyCareCapital: e('rodzinny kapitał opiekuńczy', 'family care capital'),
    goodStart: e('świadczenie „Dobry start”', '"Good start" benefit'),
    protectiveAllowance: e('dodatek osłonowy', 'protective allowance'),
    oppositionActivistBenefit: e('świadczenie dla działaczy opozycji antykomunistycznej', 'benefit for anti-communist opposition activists'),
    supplementaryBenefit: e('świadczenie uzupełniające', 'supplementary benefit'),
    supportBenefit: e('świadczenie wspierające', 'support benefit'),
  },
  Relation: {
    applicant: e('wnioskodawca lub wnioskodawczyni', 'applicant'),
    spouse: e('małżonek lub małżonka', 'spouse'),
    partner: e('osoba pozostająca we wspólnym pożyciu', 'partner'),
    child: e('dziecko', 'child'),
    parent: e('rodzic', 'parent'),
    sibling: e('rodzeństwo', 'sibling'),
    grandparent: e('dziadek lub babcia', 'grandparent'),
    grandchild: e('wnuk lub wnuczka', 'grandchild'),
    otherRelative: e('osoba spokrewniona', 'relative'),
    unrelated: e('osoba niespokrewniona', 'unrelated person'),
  },
  Role: {
    socialWorker: e('pracownik socjalny', 'social worker'),
    benefitsOfficer: e('pracownik ds. świadczeń', 'benefits officer'),
    assistant: e('asystent', 'assistant'),
    psychologist: e('psycholog', 'psychologist'),
    head: e('kierownik ośrodka', 'head of the centre'),
  },
  Stage: {
    intake: e('przyjęcie zgłoszenia', 'intake'),
    diagnosis: e('diagnoza', 'diagnosis'),
    resources: e('zasoby', 'resources'),
    limitations: e('ograniczenia', 'limitations'),
    goals: e('cele i działania', 'goals and actions'),
    contract: e('kontrakt', 'contract'),
    monitoring: e('monitorowanie', 'monitoring'),
    closed: e('zamknięcie', 'closure'),
  },
  TerminationReason: {
    breach: e('naruszenie postanowień', 'breach'),
    clientWithdrawal: e('rezygnacja osoby', 'the client withdrew'),
    changedCircumstances: e('zmiana okoliczności', 'changed circumstances'),
    death: e('zgon', 'death'),
    movedAway: e('zmiana miejsca zamieszkania', 'moved away'),
  },
  Benefit: {
    permanentAllowance: e('zasiłek stały', 'permanent allowance'),
    periodicAllowance: e('zasiłek okresowy', 'periodic allowance'),
    purposeAllowance: e('zasiłek celowy', 'purpose allowance'),
    randomEventPurposeAllowance: e('zasiłek celowy w związku ze zdarzeniem losowym', 'purpose allowance after a random event'),
    specialPurposeAllowance: e('specjalny zasiłek celowy', 'special purpose allowance'),
    socialWork: e('praca socjalna', 'social work'),
  },
} as const satisfies Readonly<Record<string, Vocabulary>>;

/**
 * The name of a vocabulary of codes: the exported enum it belongs to (`Measure`, `Stage`, `ReceiptSource` …).
 *
 * @example
 * ```ts
 * import { type LabelVocabulary } from 'praca-socjalna';
 * const v: LabelVocabulary = 'Measure';
 * ```
 * @category Language
 */
export type LabelVocabulary = keyof typeof vocabularies; // the core vocabularies; the public type is in src/labels/

/**
 * The label of a code in a language, for a UI or a document: `label('refuseBenefit', 'pl')` → „odmowa
 * przyznania świadczenia”. A code used by two vocabularies (`disability`, `other`, `death` …) is resolved by
 * `vocabulary`; without it the first vocabulary in the catalogue that has the code answers. An unknown code
 * gives `undefined`, never the code itself, so that a code can never leak into a sentence.
 *
 * @example
 * ```ts
 * import { label } from 'praca-socjalna';
 * label('suspendCashBenefits', 'pl'); //=> 'wstrzymanie świadczeń pieniężnych'
 * label('disability', 'pl', 'AssistantKind'); //=> 'asystent osoby z niepełnosprawnością'
 * ```
 * @category Language
 */
export function label(code: string, lang: Language, vocabulary?: LabelVocabulary): string | undefined {
  if (vocabulary !== undefined) {
    // A vocabulary name from JavaScript may be anything: only the catalogue's own names are looked up.
    if (!Object.hasOwn(vocabularies, vocabulary)) return undefined;
    const v: Vocabulary = vocabularies[vocabulary];
    return Object.hasOwn(v, code) ? v[code]?.[lang] : undefined;
  }
  for (const name of Object.keys(vocabularies) as LabelVocabulary[]) {
    const v: Vocabulary = vocabularies[name];
    if (Object.hasOwn(v, code)) return v[code]?.[lang];
  }
  return undefined;
}

/**
 * The vocabularies that have labels, for a test or a UI that lists them.
 *
 * @example
 * ```ts
 * import { labelVocabularies } from 'praca-socjalna';
 * labelVocabularies.includes('Measure'); //=> true
 * ```
 * @category Language
 */
export const labelVocabularies: readonly LabelVocabulary[] = Object.keys(vocabularies) as LabelVocabulary[];
