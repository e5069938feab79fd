import * as z from 'zod';
import type { LegalBasis } from '../law/legalBasis.js';

/**
 * The measures art. 11 allows, which the authority may (not must) take.
 *
 * @remarks ust. 1: `limitBenefits` (ograniczenie świadczeń), `refuseBenefit` (odmowa przyznania),
 * `inKindInsteadOfCash` (przyznanie pomocy w formie świadczenia niepieniężnego). ust. 2: `refuseBenefit`,
 * `revokeDecision` (uchylenie decyzji o przyznaniu świadczenia), `suspendCashBenefits` (wstrzymanie
 * świadczeń pieniężnych — cash benefits only).
 * @example
 * ```ts
 * import { Measure } from 'praca-socjalna';
 * Measure.parse('suspendCashBenefits');
 * ```
 * @category Breach
 */
export const Measure = z.enum(['limitBenefits', 'refuseBenefit', 'inKindInsteadOfCash', 'revokeDecision', 'suspendCashBenefits']);
/** A measure of art. 11; see {@link Measure}. */
export type Measure = z.infer<typeof Measure>;

/**
 * The facts about benefits that decide which measures are possible at all.
 *
 * @remarks `pendingApplication`: an application awaits a decision (a benefit can be refused);
 * `benefitGranted`: a benefit was granted by a decision (it can be revoked or limited);
 * `cashBeingPaid`: a cash benefit is being paid (only cash benefits can be suspended).
 * @example
 * ```ts
 * import { BenefitSituation } from 'praca-socjalna';
 * BenefitSituation.parse({ pendingApplication: false, benefitGranted: true, cashBeingPaid: false });
 * ```
 * @category Breach
 */
export const BenefitSituation = z.strictObject({
  pendingApplication: z
    .boolean()
    .describe('Whether an application (wniosek) awaits a decision: a benefit can then be refused (odmowa przyznania, art. 11 ust. 1 and 2 u.p.s.).'),
  benefitGranted: z
    .boolean()
    .describe('Whether a benefit was granted by a decision: it can then be limited (ograniczenie świadczeń, art. 11 ust. 1 u.p.s.) or the decision revoked (uchylenie decyzji, ust. 2).'),
  cashBeingPaid: z
    .boolean()
    .describe('Whether a cash benefit (świadczenie pieniężne) is being paid: only cash benefits can be suspended (wstrzymanie, art. 11 ust. 2 u.p.s.).'),
});
/** The benefit situation; see {@link BenefitSituation}. */
export type BenefitSituation = z.infer<typeof BenefitSituation>;

/**
 * The measures of each paragraph of art. 11, and the facts that make each possible (any of them).
 *
 * @example
 * ```ts
 * import { measuresByParagraph } from 'praca-socjalna';
 * measuresByParagraph['2'].map((m) => m.measure); //=> ['refuseBenefit', 'revokeDecision', 'suspendCashBenefits']
 * ```
 * @category Breach
 */
export const measuresByParagraph: Readonly<
  Record<'1' | '2', readonly { readonly measure: Measure; readonly basis: LegalBasis; readonly needsAnyOf: readonly (keyof BenefitSituation)[] }[]>
> = {
  '1': [
    { measure: 'limitBenefits', basis: { act: 'ups', article: '11', paragraph: '1' }, needsAnyOf: ['pendingApplication', 'benefitGranted'] },
    { measure: 'refuseBenefit', basis: { act: 'ups', article: '11', paragraph: '1' }, needsAnyOf: ['pendingApplication'] },
    { measure: 'inKindInsteadOfCash', basis: { act: 'ups', article: '11', paragraph: '1' }, needsAnyOf: ['pendingApplication', 'cashBeingPaid'] },
  ],
  '2': [
    { measure: 'refuseBenefit', basis: { act: 'ups', article: '11', paragraph: '2' }, needsAnyOf: ['pendingApplication'] },
    { measure: 'revokeDecision', basis: { act: 'ups', article: '11', paragraph: '2' }, needsAnyOf: ['benefitGranted'] },
    { measure: 'suspendCashBenefits', basis: { act: 'ups', article: '11', paragraph: '2' }, needsAnyOf: ['cashBeingPaid'] },
  ],
};

/** @internal The measures of a paragraph with whether each is available in a situation. */
export function measuresFor(paragraph: '1' | '2', situation: BenefitSituation): { readonly measure: Measure; readonly basis: LegalBasis; readonly available: boolean; readonly needsAnyOf: readonly (keyof BenefitSituation)[] }[] {
  return measuresByParagraph[paragraph].map((m) => ({ ...m, available: m.needsAnyOf.some((k) => situation[k]) }));
}
