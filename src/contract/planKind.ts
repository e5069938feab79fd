import * as z from 'zod';

/**
 * The kinds of plan a case can run on.
 *
 * @remarks `socialContract`: kontrakt socjalny (art. 108 u.p.s.); `homelessnessExitProgramme`: indywidualny
 * program wychodzenia z bezdomności, IPWzB (art. 49); `familyWorkPlan`: plan pracy z rodziną of a family
 * assistant (Act of 9 June 2011).
 * @example
 * ```ts
 * import { PlanKind } from 'praca-socjalna';
 * PlanKind.parse('homelessnessExitProgramme');
 * ```
 * @category Contract
 */
export const PlanKind = z.enum(['socialContract', 'homelessnessExitProgramme', 'familyWorkPlan']);
/** A kind of plan; see {@link PlanKind}. */
export type PlanKind = z.infer<typeof PlanKind>;
