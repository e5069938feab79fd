import type { BreachGround } from '../law/breachGround.js';
import type { CivilDate } from '../law/civilDate.js';
import type { Confidence } from '../law/confidence.js';
import type { LegalBasis } from '../law/legalBasis.js';


/**
 * How well the statute text of a ground is confirmed from a date on.
 *
 * @example
 * ```ts
 * import { type GroundWording, type CivilDate } from 'praca-socjalna';
 * const w: GroundWording = { from: '2004-05-01' as CivilDate, confidence: 'V', note: null };
 * ```
 * @category Breach
 */
export interface GroundWording {
  readonly from: CivilDate;
  readonly confidence: Confidence;
  readonly note: string | null;
}

/**
 * What the statute says of one ground: its paragraph, its words, who it applies to, and how well confirmed.
 *
 * @example
 * ```ts
 * import { breachGrounds } from 'praca-socjalna';
 * breachGrounds.refusingJob.requires; //=> 'unemployed'
 * ```
 * @category Breach
 */
export interface BreachGroundInfo {
  readonly paragraph: '1' | '2';
  readonly basis: LegalBasis;
  readonly statutePl: string;
  readonly nameEn: string;
  /** A condition on the person or the case without which the ground cannot apply. */
  readonly requires: 'unemployed' | 'addictedToAlcohol' | 'contractInForce' | 'benefitGranted' | null;
  readonly wording: readonly GroundWording[];
}

const since = (d: string) => d as CivilDate;
const verified: readonly GroundWording[] = [{ from: since('2004-05-01'), confidence: 'V', note: null }];
const labourMarket = (from2004: Confidence, note: string | null): readonly GroundWording[] => [
  { from: since('2004-05-01'), confidence: from2004, note },
  {
    from: since('2025-06-01'),
    confidence: 'R',
    note: 'ustawa o promocji zatrudnienia i instytucjach rynku pracy uchylona 2025-06-01 (ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia); brzmienie tej części art. 11 ust. 2 po tej dacie niezweryfikowane',
  },
];
const ust = (paragraph: '1' | '2'): LegalBasis => ({ act: 'ups', article: '11', paragraph });

/**
 * The art. 11 catalogue as data, with the statute's words and their confidence (REFERENCE.md §4.1).
 *
 * @remarks ust. 1 and the first part of ust. 2 up to „w ramach” are read in a text (V); the PAI reference
 * and the addiction-treatment clause are recalled, not read (R). The labour-market parts point to an act
 * repealed on 2025-06-01: from that day their wording is marked not verified.
 * @example
 * ```ts
 * import { breachGrounds } from 'praca-socjalna';
 * breachGrounds.usingAgainstPurpose.paragraph; //=> '1'
 * ```
 * @category Breach
 */
export const breachGrounds: Readonly<Record<BreachGround, BreachGroundInfo>> = {
  wastingGrantedBenefits: { paragraph: '1', basis: ust('1'), statutePl: 'marnotrawienie przyznanych świadczeń', nameEn: 'wasting granted benefits', requires: 'benefitGranted', wording: verified },
  destroyingBenefits: { paragraph: '1', basis: ust('1'), statutePl: 'celowe niszczenie przyznanych świadczeń', nameEn: 'deliberately destroying granted benefits', requires: 'benefitGranted', wording: verified },
  usingAgainstPurpose: { paragraph: '1', basis: ust('1'), statutePl: 'korzystanie ze świadczeń w sposób niezgodny z przeznaczeniem', nameEn: 'using benefits against their purpose', requires: 'benefitGranted', wording: verified },
  wastingOwnResources: { paragraph: '1', basis: ust('1'), statutePl: 'marnotrawienie własnych zasobów finansowych', nameEn: 'wasting own financial resources', requires: null, wording: verified },
  noCooperation: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'brak współdziałania osoby lub rodziny z pracownikiem socjalnym lub asystentem rodziny w rozwiązywaniu trudnej sytuacji życiowej',
    nameEn: 'no cooperation with the social worker or the family assistant', requires: null, wording: verified,
  },
  refusingContract: { paragraph: '2', basis: ust('2'), statutePl: 'odmowa zawarcia kontraktu socjalnego', nameEn: 'refusal to conclude a social contract', requires: null, wording: verified },
  breakingContract: { paragraph: '2', basis: ust('2'), statutePl: 'niedotrzymywanie postanowień kontraktu socjalnego', nameEn: 'not keeping the social contract', requires: 'contractInForce', wording: verified },
  refusingJob: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'nieuzasadniona odmowa podjęcia zatrudnienia, innej pracy zarobkowej przez osobę bezrobotną',
    nameEn: 'unjustified refusal of a job or other paid work by an unemployed person', requires: 'unemployed', wording: labourMarket('V', null),
  },
  refusingActivation: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'nieuzasadniona odmowa podjęcia lub przerwanie szkolenia, stażu, przygotowania zawodowego w miejscu pracy, wykonywania prac interwencyjnych, robót publicznych, prac społecznie użytecznych',
    nameEn: 'refusing or abandoning training, an internship, vocational preparation, intervention or public works, socially useful work', requires: 'unemployed', wording: labourMarket('V', null),
  },
  refusingSocialIntegration: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'odmowa lub przerwanie udziału w działaniach w zakresie integracji społecznej realizowanych w ramach Programu Aktywizacja i Integracja',
    nameEn: 'refusing or abandoning social-integration activities (Programme Activation and Integration)', requires: 'unemployed',
    wording: labourMarket('R', 'tekst ustawy potwierdzony do słów „realizowanych w ramach”; odesłanie do Programu Aktywizacja i Integracja niezweryfikowane'),
  },
  refusingAddictionTreatment: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'bezzasadna odmowa podjęcia leczenia odwykowego w zakładzie lecznictwa odwykowego przez osobę uzależnioną od alkoholu',
    nameEn: 'unjustified refusal of addiction treatment in an institution by a person addicted to alcohol', requires: 'addictedToAlcohol',
    wording: [{ from: since('2004-05-01'), confidence: 'R', note: 'treść potwierdzona przez źródła wtórne, dosłowne brzmienie niezweryfikowane' }],
  },
};

/** @internal The wording in force on a date. */
export function wordingAt(ground: BreachGround, date: CivilDate): GroundWording | undefined {
  const w = breachGrounds[ground].wording;
  for (let i = w.length - 1; i >= 0; i--) if ((w[i] as GroundWording).from <= date) return w[i];
  return undefined;
}
