import * as z from 'zod';
import type { LegalBasis } from './legalBasis.js';

/**
 * The grounds for granting social assistance listed in art. 7 u.p.s. (an open list: „w szczególności”),
 * plus `other` for another circumstance justifying help, which needs a written justification.
 *
 * @remarks Polish: „powody przyznania pomocy”. Pkt 10 (`youthLeavingCare`) is repealed but kept so that
 * historical records still validate; pkt 7 reads „przemoc domowa” since 2023-06-22 (before: „przemoc w rodzinie”).
 * @example
 * ```ts
 * import { AssistanceGround } from 'praca-socjalna';
 * AssistanceGround.parse('homelessness');
 * ```
 * @category Law
 */
export const AssistanceGround = z.enum([
  'poverty',
  'orphanhood',
  'homelessness',
  'unemployment',
  'disability',
  'longTermIllness',
  'domesticViolence',
  'humanTraffickingVictim',
  'motherhoodOrLargeFamily',
  'helplessnessInCare',
  'youthLeavingCare',
  'foreignerIntegration',
  'afterPrison',
  'addiction',
  'randomEvent',
  'disaster',
  'other',
]);
/** A ground for assistance under art. 7 u.p.s.; see {@link AssistanceGround}. */
export type AssistanceGround = z.infer<typeof AssistanceGround>;

/**
 * What the statute says of one art. 7 ground: its point, its Polish wording and English name.
 *
 * @example
 * ```ts
 * import { assistanceGrounds } from 'praca-socjalna';
 * assistanceGrounds.addiction.statutePl; //=> 'alkoholizmu lub narkomanii'
 * ```
 * @category Law
 */
export interface AssistanceGroundInfo {
  /** The point of art. 7 (`'7a'` included); `undefined` for `other`. */
  readonly point: string | undefined;
  /** The statute's words, as in „udziela się … z powodu: …”. */
  readonly statutePl: string;
  /** The English name used in the SDK. */
  readonly nameEn: string;
  /** Basis of the ground. */
  readonly basis: LegalBasis;
  /** Whether it is one of art. 7 pkt 2–15, which art. 8 ust. 1 requires beside the income test. */
  readonly countsForArticle8: boolean;
  /** Whether the point is repealed (pkt 10); the exact date is not in the reference, so none is claimed. */
  readonly repealed: boolean;
}

const g = (point: string, statutePl: string, nameEn: string, repealed = false): AssistanceGroundInfo => ({
  point,
  statutePl,
  nameEn,
  basis: { act: 'ups', article: '7', point },
  countsForArticle8: point !== '1',
  repealed,
});

/**
 * The art. 7 catalogue as data (Dz.U. 2023 poz. 901, version from 2024-01-01; REFERENCE.md §2, confidence V).
 *
 * @example
 * ```ts
 * import { assistanceGrounds } from 'praca-socjalna';
 * assistanceGrounds.poverty.countsForArticle8; //=> false: poverty alone is not enough (art. 8 ust. 1)
 * ```
 * @category Law
 */
export const assistanceGrounds: Readonly<Record<AssistanceGround, AssistanceGroundInfo>> = {
  poverty: g('1', 'ubóstwa', 'poverty'),
  orphanhood: g('2', 'sieroctwa', 'orphanhood'),
  homelessness: g('3', 'bezdomności', 'homelessness'),
  unemployment: g('4', 'bezrobocia', 'unemployment'),
  disability: g('5', 'niepełnosprawności', 'disability'),
  longTermIllness: g('6', 'długotrwałej lub ciężkiej choroby', 'long-term or serious illness'),
  domesticViolence: g('7', 'przemocy domowej', 'domestic violence'),
  humanTraffickingVictim: g('7a', 'potrzeby ochrony ofiar handlu ludźmi', 'protection of victims of human trafficking'),
  motherhoodOrLargeFamily: g('8', 'potrzeby ochrony macierzyństwa lub wielodzietności', 'protection of motherhood or large families'),
  helplessnessInCare: g(
    '9',
    'bezradności w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego, zwłaszcza w rodzinach niepełnych lub wielodzietnych',
    'helplessness in care, upbringing and running the household',
  ),
  youthLeavingCare: g(
    '10',
    'braku umiejętności w przystosowaniu do życia młodzieży opuszczającej całodobowe placówki opiekuńczo-wychowawcze (uchylony)',
    'youth leaving residential care (repealed)',
    true,
  ),
  foreignerIntegration: g(
    '11',
    'trudności w integracji cudzoziemców, którzy uzyskali w Rzeczypospolitej Polskiej status uchodźcy, ochronę uzupełniającą lub zezwolenie na pobyt czasowy udzielone w związku z okolicznością, o której mowa w art. 159 ust. 1 pkt 1 lit. c lub d ustawy z dnia 12 grudnia 2013 r. o cudzoziemcach',
    'difficulties in integrating foreigners',
  ),
  afterPrison: g('12', 'trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego', 'difficulties after release from prison'),
  addiction: g('13', 'alkoholizmu lub narkomanii', 'alcoholism or drug addiction'),
  randomEvent: g('14', 'zdarzenia losowego i sytuacji kryzysowej', 'random event and crisis'),
  disaster: g('15', 'klęski żywiołowej lub ekologicznej', 'natural or ecological disaster'),
  other: {
    point: undefined,
    statutePl: 'innych okoliczności uzasadniających udzielenie pomocy społecznej',
    nameEn: 'another circumstance justifying assistance',
    basis: { act: 'ups', article: '8', paragraph: '1' },
    countsForArticle8: true,
    repealed: false,
  },
};
