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
  /**
   * How a provision cites the act after its number when that differs from `title`: „k.p.a.” in „art. 35
   * § 3 k.p.a.”. Absent: the title.
   */
  readonly abbreviation?: string | undefined;
}

const src = (title: string, journal: string | null, confidence: Confidence, note: string | null = null, abbreviation?: string): LegalSource => ({
  title, journal, confidence, note, ...(abbreviation === undefined ? {} : { abbreviation }),
});

// what the entries below say when the reference names an act but not all of its citation
const noJournal = 'materiał źródłowy nie podaje pozycji w Dzienniku Ustaw';
const noDateNoJournal = 'materiał źródłowy nie podaje daty ustawy ani pozycji w Dzienniku Ustaw';

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
  /**
   * The labour-market act that repealed the employment-promotion act on 2025-06-01 (REFERENCE.md §0.2: S for
   * the repeal). §0.0 item 7 names its position with no mark of confidence, and no text confirming it was
   * found: R, and {@link sourceText} prints the position as unconfirmed.
   */
  labourMarket2025: src('ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia', 'Dz.U. 2025 poz. 620', 'R', 'pozycja w Dzienniku Ustaw niepotwierdzona w materiale źródłowym'),
  /** The regulation setting the form of the kontrakt socjalny. */
  contractForm2010: src('rozp. MPiPS z 8 listopada 2010 r.', 'Dz.U. 2010 Nr 218 poz. 1439', 'V', null, 'rozp. MPiPS z 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego'),
  /** The former regulation on the content of the IPWzB (under the act of 1990), no longer in force; a template (REFERENCE.md §6.2). */
  homelessnessProgramme2001: src('rozporządzenie w sprawie indywidualnego programu wychodzenia z bezdomności', 'Dz.U. 2001 Nr 126 poz. 1390', 'V'),
  /** The RWS regulation in force from 2021-11-11 (REFERENCE.md §6.4). */
  rws2021: src(
    'rozporządzenie Ministra Rodziny i Polityki Społecznej z dnia 8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego',
    'Dz.U. 2021 poz. 893',
    'V',
    null,
    'rozp. MRiPS z 8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego',
  ),
  /** The RWS regulation before 2021-11-11 (REFERENCE.md §0.0 item 11, which overrides §6.4). */
  rws2012: src('rozporządzenie MPiPS z dnia 8 czerwca 2012 r. w sprawie rodzinnego wywiadu środowiskowego', 'Dz.U. 2012 poz. 712', 'S'),
  /**
   * The Code of Administrative Procedure. The reference quotes art. 35 § 3 and art. 57 § 3–4 (§0.0 item 13)
   * but gives neither the act's date nor its position: the date is not from the reference (R).
   */
  kpa: src('ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego', null, 'R', noDateNoJournal, 'k.p.a.'),
  /** The Civil Code (age of majority, art. 10): not in the reference (R). */
  civilCode: src('ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny', null, 'R', 'materiał źródłowy nie cytuje kodeksu cywilnego', 'k.c.'),
  /** The act on family support and foster care, named by art. 11 ust. 2 u.p.s. (REFERENCE.md §4.1); its date is not from the reference (R). */
  familySupport2011: src('ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej', null, 'R', noDateNoJournal, 'u.w.r.'),
  /** The act on public holidays (REFERENCE.md §0.0 item 14: title and list V, its later changes S). */
  publicHolidays1951: src('ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy', null, 'S', noJournal, 'ustawy z 18 stycznia 1951 r. o dniach wolnych od pracy'),
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
 * @remarks A Dz.U. position of an entry marked R (no text confirms it) is followed by „(pozycja
 * niepotwierdzona)”, so no text the SDK prints shows it as settled.
 *
 * @example
 * ```ts
 * import { sourceText } from 'praca-socjalna';
 * sourceText('criteria2024'); //=> 'rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044'
 * sourceText({ id: 'ups2004', remark: ' ze zmianami' }); //=> 'u.p.s., Dz.U. 2004 Nr 64 poz. 593 ze zmianami'
 * sourceText('labourMarket2025'); //=> '… rynku pracy i służbach zatrudnienia, Dz.U. 2025 poz. 620 (pozycja niepotwierdzona)'
 * ```
 * @category Law
 */
export function sourceText(ref: SourceRef): string {
  // never throws, even for a reference from JavaScript that is not in the catalogue
  const { id, cite, remark } = typeof ref === 'string' ? { id: ref, cite: undefined, remark: undefined } : ref !== null && typeof ref === 'object' ? ref : { id: undefined, cite: undefined, remark: undefined };
  const s: LegalSource | undefined = typeof id === 'string' && Object.hasOwn(legalSources, id) ? legalSources[id as SourceId] : undefined;
  if (s === undefined) return typeof cite === 'string' ? cite : '';
  const head = cite ?? s.title;
  // a position no text confirms is never printed bare (REFERENCE.md §0 mark R)
  const journal = s.journal === null ? null : s.confidence === 'R' ? `${s.journal} (pozycja niepotwierdzona)` : s.journal;
  return `${journal === null ? head : `${head}, ${journal}`}${remark ?? ''}`;
}

/** @internal The id of a reference. */
export function sourceIdOf(ref: SourceRef): SourceId {
  return typeof ref === 'string' ? ref : ref.id;
}
