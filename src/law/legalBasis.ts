import * as z from 'zod';

import { type SourceId, legalSources } from './sources.js';

/**
 * The acts the SDK cites, by short code; each is an entry of the catalogue `legalSources`, where its
 * title, Dz.U. position and confidence live.
 * - `ups`: ustawa z dnia 12 marca 2004 r. o pomocy społecznej (Social Assistance Act);
 * - `uwr`: the act on family support and foster care (ustawa o wspieraniu rodziny i systemie pieczy zastępczej);
 * - `rozpKontrakt2010`: the 2010 regulation on the form of the kontrakt socjalny;
 * - `rozpRws2021`: the 2021 regulation on the family community interview (rodzinny wywiad środowiskowy);
 * - `rozpKryteria2024`: the Council of Ministers' regulation of 2024 on the income criteria from 2025-01-01;
 * - `kc`: the Civil Code (Kodeks cywilny; age of majority, art. 10);
 * - `dniWolne1951`: the act of 1951 on public holidays (ustawa o dniach wolnych od pracy);
 * - `kpa`: the Code of Administrative Procedure (Kodeks postępowania administracyjnego).
 *
 * @example
 * ```ts
 * import { ActCode } from 'praca-socjalna';
 * ActCode.parse('ups');
 * ```
 * @category Law
 */
export const ActCode = z.enum(['ups', 'uwr', 'rozpKontrakt2010', 'rozpRws2021', 'rozpKryteria2024', 'kc', 'dniWolne1951', 'kpa']);
/** Short code of a cited act; see {@link ActCode}. */
export type ActCode = z.infer<typeof ActCode>;

/**
 * The catalogue entry of each act code: `legalSources[actSources.kpa.id]` gives the act's title, Dz.U.
 * position and confidence.
 *
 * @remarks `withJournal`: a citation of a provision names the Dz.U. position too, for an act whose short
 * name does not say what it is about (the criteria regulation).
 * @example
 * ```ts
 * import { actSources, legalSources } from 'praca-socjalna';
 * legalSources[actSources.rozpKryteria2024.id].journal; //=> 'Dz.U. 2024 poz. 1044'
 * ```
 * @category Law
 */
export const actSources: Readonly<Record<ActCode, { readonly id: SourceId; readonly withJournal?: true }>> = {
  ups: { id: 'ups' },
  uwr: { id: 'familySupport2011' },
  rozpKontrakt2010: { id: 'contractForm2010' },
  rozpRws2021: { id: 'rws2021' },
  rozpKryteria2024: { id: 'criteria2024', withJournal: true },
  kc: { id: 'civilCode' },
  dniWolne1951: { id: 'publicHolidays1951' },
  kpa: { id: 'kpa' },
};

// How a provision cites the act after its number, built once from the catalogue.
const actAbbreviation = Object.fromEntries(
  ActCode.options.map((act) => {
    const { id, withJournal } = actSources[act];
    const s = legalSources[id];
    const short = s.abbreviation ?? s.title;
    return [act, withJournal === true && s.journal !== null ? `${short} (${s.confidence === 'R' ? `${s.journal}, pozycja niepotwierdzona` : s.journal})` : short];
  }),
) as Record<ActCode, string>;

/**
 * Where a rule comes from: act, article, paragraph (ust.), point (pkt) and letter (lit.).
 *
 * @remarks Polish: „podstawa prawna”. Rendered by {@link formatLegalBasis} as „art. 11 ust. 1 u.p.s.”.
 * `section` is a paragraph of a regulation (§).
 * @example
 * ```ts
 * import { LegalBasis } from 'praca-socjalna';
 * const basis: LegalBasis = LegalBasis.parse({ act: 'ups', article: '11', paragraph: '2' });
 * ```
 * @category Law
 */
export const LegalBasis = z.strictObject({
  act: ActCode.describe('The act cited (akt prawny), by its short code.'),
  article: z.string().min(1).optional().describe('The article (art.), e.g. "11".'),
  section: z.string().min(1).optional().describe('The paragraph of a regulation (§), e.g. "3".'),
  paragraph: z.string().min(1).optional().describe('The paragraph of an article (ust.), e.g. "2".'),
  point: z.string().min(1).optional().describe('The point (pkt), e.g. "1".'),
  letter: z.string().min(1).optional().describe('The letter (lit.), e.g. "a".'),
});
/** A citation of a legal provision; see {@link LegalBasis}. */
export type LegalBasis = z.infer<typeof LegalBasis>;

/**
 * Builds a citation of the Social Assistance Act (u.p.s.).
 *
 * @example
 * ```ts
 * import { ups, formatLegalBasis } from 'praca-socjalna';
 * formatLegalBasis(ups('8', '1', '1')); //=> 'art. 8 ust. 1 pkt 1 u.p.s.'
 * ```
 * @category Law
 */
export function ups(article: string, paragraph?: string, point?: string): LegalBasis {
  return {
    act: 'ups',
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(point === undefined ? {} : { point }),
  };
}

/**
 * Renders a citation the way Polish decisions write it: „art. 11 ust. 1 u.p.s.”, „§ 3 ust. 2 rozp. …”.
 *
 * @example
 * ```ts
 * import { formatLegalBasis } from 'praca-socjalna';
 * formatLegalBasis({ act: 'ups', article: '11', paragraph: '1' }); //=> 'art. 11 ust. 1 u.p.s.'
 * ```
 * @category Law
 */
export function formatLegalBasis(basis: LegalBasis): string {
  const parts: string[] = [];
  if (basis.article !== undefined) parts.push(`art. ${basis.article}`);
  if (basis.section !== undefined) parts.push(`§ ${basis.section}`);
  if (basis.paragraph !== undefined) parts.push(`ust. ${basis.paragraph}`);
  if (basis.point !== undefined) parts.push(`pkt ${basis.point}`);
  if (basis.letter !== undefined) parts.push(`lit. ${basis.letter}`);
  parts.push(actAbbreviation[basis.act]);
  return parts.join(' ');
}
