import * as z from 'zod';
import type { Confidence } from '../confidence.js';
import type { LegalBasis } from '../legalBasis.js';
import { type EffectiveTable, period } from '../period.js';
import type { SourceRef } from '../sources.js';

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

/** @internal */
export const art37ust5: LegalBasis = { act: 'ups', article: '37', paragraph: '5' };

const on = (entitlement: ConcurrentEntitlement, from: string, source: SourceRef, confidence: Confidence): EffectiveTable<'listed'> =>
  ({ name: `concurrentEntitlementList.${entitlement}`, basis: art37ust5, unit: 'rule', periods: [period(from, 'listed' as const, source, confidence)] });

/**
 * The art. 37 ust. 5 list, dated: one table per benefit, in force (`listed`) from the day the benefit is on
 * the list; read with `valueAt` (REFERENCE.md §0.0 item 4; parameters.json `concurrentBenefitsPermanentAllowance`).
 *
 * @remarks The zasiłek stały is not granted where the person is entitled to one of these; the other benefit is
 * paid. Renta socjalna (S) and świadczenie pielęgnacyjne (R) since the act; specjalny zasiłek opiekuńczy from
 * 2013-01-01 (S). The zasiłek dla opiekuna (R) exists only since 2014: an entitlement to it cannot arise
 * earlier, so it is listed from the act's start with confidence R — no day is guessed. Answers resting on an
 * R entry are flagged low confidence. Before its first day a benefit is not on the list (`outside_coverage`).
 * @example
 * ```ts
 * import { concurrentEntitlementList, valueAt, type CivilDate } from 'praca-socjalna';
 * concurrentEntitlementList.specialCareAllowance.periods[0]?.from; //=> '2013-01-01'
 * valueAt(concurrentEntitlementList.specialCareAllowance, '2012-12-31' as CivilDate).ok; //=> false
 * ```
 * @category Law
 */
export const concurrentEntitlementList: Readonly<Record<ConcurrentEntitlement, EffectiveTable<'listed'>>> = {
  socialPension: on('socialPension', '2004-05-01', { id: 'ups2004', cite: 'art. 37 ust. 5 u.p.s.' }, 'S'),
  nursingBenefit: on('nursingBenefit', '2004-05-01', { id: 'ups', cite: 'art. 37 ust. 5 u.p.s.' }, 'R'),
  specialCareAllowance: on('specialCareAllowance', '2013-01-01', { id: 'ups', cite: 'art. 37 ust. 5 u.p.s.', remark: ' w brzmieniu od 2013-01-01 (zmiana ustawy o świadczeniach rodzinnych)' }, 'S'),
  carerAllowance: on('carerAllowance', '2004-05-01', { id: 'ups', cite: 'art. 37 ust. 5 u.p.s.', remark: '; zasiłek dla opiekuna istnieje od 2014 r. (dzień nieustalony)' }, 'R'),
};
