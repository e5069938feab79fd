import * as z from 'zod';
import type { CivilDate } from '../civilDate.js';
import type { Confidence } from '../confidence.js';
import type { LegalBasis } from '../legalBasis.js';

/**
 * Benefits whose entitlement excludes the zasiłek stały (art. 37 ust. 5 u.p.s., „zbieg uprawnień”).
 *
 * @remarks `socialPension` renta socjalna; `nursingBenefit` świadczenie pielęgnacyjne; `specialCareAllowance`
 * specjalny zasiłek opiekuńczy; `carerAllowance` zasiłek dla opiekuna.
 * @example
 * ```ts
 * import { ConcurrentEntitlement } from 'praca-socjalna';
 * ConcurrentEntitlement.parse('socialPension');
 * ```
 * @category Law
 */
export const ConcurrentEntitlement = z.enum(['socialPension', 'nursingBenefit', 'specialCareAllowance', 'carerAllowance']);
/** A benefit that excludes the zasiłek stały; see {@link ConcurrentEntitlement}. */
export type ConcurrentEntitlement = z.infer<typeof ConcurrentEntitlement>;

/**
 * One entry of the art. 37 ust. 5 list: from when the benefit is on it, and how sure that is.
 *
 * @example
 * ```ts
 * import { type ConcurrentListEntry, type CivilDate } from 'praca-socjalna';
 * const e: ConcurrentListEntry = { from: '2013-01-01' as CivilDate, confidence: 'S', source: 'ustawa o świadczeniach rodzinnych, zmiana w życie 2013-01-01' };
 * ```
 * @category Law
 */
export interface ConcurrentListEntry {
  readonly from: CivilDate;
  readonly confidence: Confidence;
  readonly source: string;
}

/** @internal */
export const art37ust5: LegalBasis = { act: 'ups', article: '37', paragraph: '5' };

/**
 * The art. 37 ust. 5 list, dated (REFERENCE.md §0.0 item 4; parameters.json `concurrentBenefitsPermanentAllowance`).
 *
 * @remarks The zasiłek stały is not granted where the person is entitled to one of these; the other benefit is
 * paid. Renta socjalna (S) and świadczenie pielęgnacyjne (R) since the act; specjalny zasiłek opiekuńczy from
 * 2013-01-01 (S). The zasiłek dla opiekuna (R) exists only since 2014: an entitlement to it cannot arise
 * earlier, so it is listed from the act's start with confidence R — no day is guessed. Answers resting on an
 * R entry are flagged low confidence.
 * @example
 * ```ts
 * import { concurrentEntitlementList } from 'praca-socjalna';
 * concurrentEntitlementList.specialCareAllowance.from; //=> '2013-01-01'
 * ```
 * @category Law
 */
export const concurrentEntitlementList: Readonly<Record<ConcurrentEntitlement, ConcurrentListEntry>> = {
  socialPension: { from: '2004-05-01' as CivilDate, confidence: 'S', source: 'art. 37 ust. 5 u.p.s., Dz.U. 2004 Nr 64 poz. 593' },
  nursingBenefit: { from: '2004-05-01' as CivilDate, confidence: 'R', source: 'art. 37 ust. 5 u.p.s.' },
  specialCareAllowance: { from: '2013-01-01' as CivilDate, confidence: 'S', source: 'art. 37 ust. 5 u.p.s. w brzmieniu od 2013-01-01 (zmiana ustawy o świadczeniach rodzinnych)' },
  carerAllowance: { from: '2004-05-01' as CivilDate, confidence: 'R', source: 'art. 37 ust. 5 u.p.s.; zasiłek dla opiekuna istnieje od 2014 r. (dzień nieustalony)' },
};
