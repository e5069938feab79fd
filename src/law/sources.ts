import type { Confidence } from './confidence.js';

/**
 * One act or regulation the SDK's tables rest on: how it is cited, its place in the Journal of Laws
 * (Dziennik Ustaw), and how sure the reference is of that citation.
 *
 * @remarks `confidence` is of the citation itself (title, date, Dz.U. position), not of a value read from it:
 * each period of a table keeps its own confidence. `journal` is `null` when the reference names the act but
 * not its position, or when a table cites the act as amended without a consolidated text.
 * @example
 * ```ts
 * import { type LegalSource } from 'praca-socjalna';
 * const s: LegalSource = { title: 'rozp. RM z 12 lipca 2024 r.', journal: 'Dz.U. 2024 poz. 1044', confidence: 'C', note: null };
 * ```
 * @category Law
 */
export interface LegalSource {
  /** How the act is cited in Polish: „u.p.s.”, „rozp. RM z 12 lipca 2024 r.”. */
  readonly title: string;
  /** The Dz.U. position, as the reference gives it. */
  readonly journal: string | null;
  readonly confidence: Confidence;
  /** What the reference says of the citation when it is not settled. */
  readonly note: string | null;
}

const src = (title: string, journal: string | null, confidence: Confidence, note: string | null = null): LegalSource => ({ title, journal, confidence, note });

/**
 * The catalogue of the acts and regulations the tables of `src/law/` cite, by id (REFERENCE.md §1 and §3.3).
 * A period names its source by id; the words a trace shows are built from the catalogue by
 * {@link sourceText}, so a Dz.U. position is written once.
 *
 * @example
 * ```ts
 * import { legalSources } from 'praca-socjalna';
 * legalSources.criteria2024.journal; //=> 'Dz.U. 2024 poz. 1044'
 * ```
 * @category Law
 */
export const legalSources = {
  /** u.p.s., original text, in force 2004-05-01. */
  ups2004: src('u.p.s.', 'Dz.U. 2004 Nr 64 poz. 593', 'V'),
  /** u.p.s. cited without a text (the reference gives the provision, not its publication). */
  ups: src('u.p.s.', null, 'V'),
  /** u.p.s., consolidated text of 2021. */
  upsConsolidated2021: src('u.p.s.', 't.j. Dz.U. 2021 poz. 2268', 'V'),
  /** u.p.s., consolidated text of 2023. */
  upsConsolidated2023: src('u.p.s.', 't.j. Dz.U. 2023 poz. 901', 'V'),
  /** First verification of the criteria under art. 9, in force 2006-10-01. */
  criteria2006: src('rozp. RM z 24 lipca 2006 r.', 'Dz.U. 2006 Nr 135 poz. 950', 'V'),
  /** Verification of 2009: amounts unchanged. */
  criteria2009: src('rozp. RM z 29 lipca 2009 r.', 'Dz.U. 2009 Nr 127 poz. 1055', 'V'),
  criteria2012: src('rozp. RM z 17 lipca 2012 r.', 'Dz.U. 2012 poz. 823', 'V'),
  criteria2015: src('rozp. RM z 14 lipca 2015 r.', 'Dz.U. 2015 poz. 1058', 'S'),
  criteria2018: src('rozp. RM z 11 lipca 2018 r.', 'Dz.U. 2018 poz. 1358', 'S'),
  criteria2021: src('rozp. RM z 14 lipca 2021 r.', 'Dz.U. 2021 poz. 1296', 'S', 'jedno źródło podaje datę 15 lipca 2021 r.'),
  criteria2024: src('rozp. RM z 12 lipca 2024 r.', 'Dz.U. 2024 poz. 1044', 'C', 'pięć źródeł prawnych i prasowych podaje poz. 1044, jedno repozytorium kodu poz. 1081'),
  /** Amendment of u.p.s. of 15 April 2021 (the periodic allowance cap). */
  upsAmendment2021: src('ustawa z 15 kwietnia 2021 r.', 'Dz.U. 2021 poz. 803', 'S'),
  /** Amendment of u.p.s. of 28 July 2023 (art. 37 from 2024-01-01). */
  upsAmendment2023: src('ustawa z 28 lipca 2023 r.', 'Dz.U. 2023 poz. 1693', 'S'),
  /** The labour-market act that repealed the employment-promotion act on 2025-06-01. */
  labourMarket2025: src('ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia', 'Dz.U. 2025 poz. 620', 'R', 'pozycja w Dzienniku Ustaw niepotwierdzona w materiale źródłowym'),
  /** The regulation setting the form of the kontrakt socjalny. */
  contractForm2010: src('rozp. MPiPS z 8 listopada 2010 r.', 'Dz.U. 2010 Nr 218 poz. 1439', 'V'),
  /** The act on the additional annual benefit („13. emerytura”); its art. 8 excludes it from income. */
  thirteenthPensionAct: src('ustawa o dodatkowym rocznym świadczeniu pieniężnym dla emerytów i rencistów', null, 'V'),
} as const satisfies Record<string, LegalSource>;

/**
 * The id of an entry of {@link legalSources}.
 *
 * @example
 * ```ts
 * import { type SourceId } from 'praca-socjalna';
 * const id: SourceId = 'ups2004';
 * ```
 * @category Law
 */
export type SourceId = keyof typeof legalSources;

/**
 * How a period cites its source: the catalogue id alone, or with the provision cited (`cite`, which replaces
 * the act's title) and a remark appended as written (`remark`, with its own leading separator).
 *
 * @example
 * ```ts
 * import { type SourceRef } from 'praca-socjalna';
 * const r: SourceRef = { id: 'ups2004', cite: 'art. 147 u.p.s. (przepis przejściowy)' };
 * ```
 * @category Law
 */
export type SourceRef = SourceId | { readonly id: SourceId; readonly cite?: string; readonly remark?: string };

/**
 * The words of a citation: „rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044”, „art. 147 u.p.s. (przepis
 * przejściowy), Dz.U. 2004 Nr 64 poz. 593”.
 *
 * @example
 * ```ts
 * import { sourceText } from 'praca-socjalna';
 * sourceText('criteria2024'); //=> 'rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044'
 * sourceText({ id: 'ups2004', remark: ' ze zmianami' }); //=> 'u.p.s., Dz.U. 2004 Nr 64 poz. 593 ze zmianami'
 * ```
 * @category Law
 */
export function sourceText(ref: SourceRef): string {
  // never throws, even for a reference from JavaScript that is not in the catalogue
  const { id, cite, remark } = typeof ref === 'string' ? { id: ref, cite: undefined, remark: undefined } : ref !== null && typeof ref === 'object' ? ref : { id: undefined, cite: undefined, remark: undefined };
  const s: LegalSource | undefined = typeof id === 'string' && Object.hasOwn(legalSources, id) ? legalSources[id as SourceId] : undefined;
  if (s === undefined) return typeof cite === 'string' ? cite : '';
  const head = cite ?? s.title;
  return `${s.journal === null ? head : `${head}, ${s.journal}`}${remark ?? ''}`;
}

/** @internal The id of a reference. */
export function sourceIdOf(ref: SourceRef): SourceId {
  return typeof ref === 'string' ? ref : ref.id;
}
