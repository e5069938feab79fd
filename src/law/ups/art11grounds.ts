import type { BreachGround } from '../breachGround.js';
import type { CivilDate } from '../civilDate.js';
import type { Confidence } from '../confidence.js';
import type { LegalBasis } from '../legalBasis.js';
import { type EffectiveTable, type Period, period } from '../period.js';
import type { SourceRef } from '../sources.js';
import { labourMarketActRepealedOn } from './art11.js';
import { legalConstants } from './constants.js';


/**
 * What is known of the statute text of a ground in a period: a note when it is not confirmed word for word.
 * The period (from when, source, confidence) is the table's.
 *
 * @example
 * ```ts
 * import { type GroundWording } from 'praca-socjalna';
 * const w: GroundWording = { note: null };
 * ```
 * @category Breach
 */
export interface GroundWording {
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
  /** The wording in force, dated; read it with `valueAt`. */
  readonly wording: EffectiveTable<GroundWording>;
}

const since = (d: string) => d as CivilDate;
const sinceAct = legalConstants.actInForceFrom.value;
const actText: SourceRef = { id: 'ups2004', remark: ' ze zmianami' };
const labourMarketAct: SourceRef = 'labourMarket2025';
const w = (from: string, confidence: Confidence, note: string | null, source: SourceRef = actText) => period<GroundWording>(from, { note }, source, confidence);
const wording = (ground: BreachGround, paragraph: '1' | '2', ...periods: Period<GroundWording>[]): EffectiveTable<GroundWording> =>
  ({ name: `breachGrounds.${ground}.wording`, basis: ust(paragraph), unit: 'rule', periods });
const verified = (ground: BreachGround, paragraph: '1' | '2') => wording(ground, paragraph, w(sinceAct, 'V', null));
const repealed = w(
  labourMarketActRepealedOn,
  'R',
  // the repealing act is the period's source (catalogue `labourMarket2025`), not repeated here
  'ustawa o promocji zatrudnienia i instytucjach rynku pracy uchylona 2025-06-01 ustawą o rynku pracy i służbach zatrudnienia; brzmienie tej części art. 11 ust. 2 po tej dacie niezweryfikowane',
  labourMarketAct,
);
/**
 * @internal The labour-market part of art. 11 ust. 2 (REFERENCE.md §0.0 item 7): in 2004–2011 it named only a job,
 * other paid work or prace społecznie użyteczne; szkolenie, staż and prace interwencyjne were added from
 * 2011-05-03 (S); after 2025-06-01 unverified.
 */
export const activationAddedOn = since('2011-05-03');
function ust(paragraph: '1' | '2'): LegalBasis {
  return { act: 'ups', article: '11', paragraph };
}

/**
 * The art. 11 catalogue as data, with the statute's words and their confidence (REFERENCE.md §4.1).
 *
 * @remarks Dated with honest confidence (REFERENCE.md §0.0 item 7): ust. 1 and the refusal of a job are read
 * in a text (V). The family-assistant words of `noCooperation` (from 2012) and the PAI clause (from 2014) are
 * R. Szkolenie, staż and prace interwencyjne are in the text from 2011-05-03 (S); before that only prace
 * społecznie użyteczne were named, so a refusal of the others before 2011-05-03 is no ground. The
 * labour-market parts point to an act repealed on 2025-06-01: from that day their wording is unverified.
 * @example
 * ```ts
 * import { breachGrounds } from 'praca-socjalna';
 * breachGrounds.usingAgainstPurpose.paragraph; //=> '1'
 * ```
 * @category Breach
 */
export const breachGrounds: Readonly<Record<BreachGround, BreachGroundInfo>> = {
  wastingGrantedBenefits: { paragraph: '1', basis: ust('1'), statutePl: 'marnotrawienie przyznanych świadczeń', nameEn: 'wasting granted benefits', requires: 'benefitGranted', wording: verified('wastingGrantedBenefits', '1') },
  destroyingBenefits: { paragraph: '1', basis: ust('1'), statutePl: 'celowe niszczenie przyznanych świadczeń', nameEn: 'deliberately destroying granted benefits', requires: 'benefitGranted', wording: verified('destroyingBenefits', '1') },
  usingAgainstPurpose: { paragraph: '1', basis: ust('1'), statutePl: 'korzystanie ze świadczeń w sposób niezgodny z przeznaczeniem', nameEn: 'using benefits against their purpose', requires: 'benefitGranted', wording: verified('usingAgainstPurpose', '1') },
  wastingOwnResources: { paragraph: '1', basis: ust('1'), statutePl: 'marnotrawienie własnych zasobów finansowych', nameEn: 'wasting own financial resources', requires: null, wording: verified('wastingOwnResources', '1') },
  noCooperation: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'brak współdziałania osoby lub rodziny z pracownikiem socjalnym lub asystentem rodziny w rozwiązywaniu trudnej sytuacji życiowej',
    nameEn: 'no cooperation with the social worker or the family assistant', requires: null,
    wording: wording('noCooperation', '2', w(sinceAct, 'R', 'współdziałanie z pracownikiem socjalnym potwierdzone od 2004 r.; słowa „lub asystentem rodziny” dodane ok. 2012 r. — dzień i brzmienie niezweryfikowane')),
  },
  refusingContract: { paragraph: '2', basis: ust('2'), statutePl: 'odmowa zawarcia kontraktu socjalnego', nameEn: 'refusal to conclude a social contract', requires: null, wording: verified('refusingContract', '2') },
  breakingContract: { paragraph: '2', basis: ust('2'), statutePl: 'niedotrzymywanie postanowień kontraktu socjalnego', nameEn: 'not keeping the social contract', requires: 'contractInForce', wording: verified('breakingContract', '2') },
  refusingJob: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'nieuzasadniona odmowa podjęcia zatrudnienia, innej pracy zarobkowej przez osobę bezrobotną',
    nameEn: 'unjustified refusal of a job or other paid work by an unemployed person', requires: 'unemployed',
    wording: wording('refusingJob', '2', w(sinceAct, 'V', null), repealed),
  },
  refusingActivation: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'nieuzasadniona odmowa podjęcia lub przerwanie szkolenia, stażu, przygotowania zawodowego w miejscu pracy, wykonywania prac interwencyjnych, robót publicznych, prac społecznie użytecznych',
    nameEn: 'refusing or abandoning training, an internship, vocational preparation, intervention or public works, socially useful work', requires: 'unemployed',
    wording: wording('refusingActivation', '2',
      w(sinceAct, 'S', 'do 2011-05-02 ustawa wymieniała tylko prace społecznie użyteczne; szkolenie, staż i prace interwencyjne dodano od 2011-05-03'),
      w(activationAddedOn, 'S', 'szkolenie, staż i prace interwencyjne w brzmieniu od 2011-05-03 (źródła wtórne)'),
      repealed,
    ),
  },
  refusingSocialIntegration: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'odmowa lub przerwanie udziału w działaniach w zakresie integracji społecznej realizowanych w ramach Programu Aktywizacja i Integracja',
    nameEn: 'refusing or abandoning social-integration activities (Programme Activation and Integration)', requires: 'unemployed',
    wording: wording('refusingSocialIntegration', '2',
      w(sinceAct, 'R', 'odesłanie do Programu Aktywizacja i Integracja (od 2014 r.) niezweryfikowane — dzień i brzmienie nieustalone'),
      repealed,
    ),
  },
  refusingAddictionTreatment: {
    paragraph: '2', basis: ust('2'),
    statutePl: 'bezzasadna odmowa podjęcia leczenia odwykowego w zakładzie lecznictwa odwykowego przez osobę uzależnioną od alkoholu',
    nameEn: 'unjustified refusal of addiction treatment in an institution by a person addicted to alcohol', requires: 'addictedToAlcohol',
    wording: wording('refusingAddictionTreatment', '2', w(sinceAct, 'R', 'treść potwierdzona przez źródła wtórne, dosłowne brzmienie niezweryfikowane')),
  },
};
