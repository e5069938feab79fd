import * as z from 'zod';

/**
 * The acts the SDK cites, by short code.
 * - `ups`: ustawa z dnia 12 marca 2004 r. o pomocy społecznej (Social Assistance Act);
 * - `uwr`: ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej;
 * - `rozpKontrakt2010`: rozporządzenie MPiPS z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego;
 * - `rozpRws2021`: rozporządzenie MRiPS z dnia 8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego;
 * - `rozpKryteria2024`: rozporządzenie RM z dnia 12 lipca 2024 r. (Dz.U. 2024 poz. 1044), criteria from 2025-01-01;
 * - `kc`: ustawa z dnia 23 kwietnia 1964 r. — Kodeks cywilny (age of majority, art. 10);
 * - `dniWolne1951`: ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy (public holidays);
 * - `kpa`: ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (Code of Administrative Procedure).
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

const actAbbreviation: Record<ActCode, string> = {
  ups: 'u.p.s.',
  uwr: 'u.w.r.',
  rozpKontrakt2010: 'rozp. MPiPS z 8.11.2010 r. w sprawie wzoru kontraktu socjalnego',
  rozpRws2021: 'rozp. MRiPS z 8.04.2021 r. w sprawie rodzinnego wywiadu środowiskowego',
  rozpKryteria2024: 'rozp. RM z 12.07.2024 r. (Dz.U. 2024 poz. 1044)',
  kc: 'k.c.',
  dniWolne1951: 'ustawy z 18.01.1951 r. o dniach wolnych od pracy',
  kpa: 'k.p.a.',
};

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
  act: ActCode,
  article: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
  paragraph: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  letter: z.string().min(1).optional(),
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
