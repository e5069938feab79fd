import type { CivilDate, CivilMonth } from '../law/civilDate.js';
import type { Grosze } from '../law/grosze.js';
import type { EligibilityReason, EligibilityStep } from './rules.js';

/**
 * The benefits the SDK assesses.
 *
 * @remarks `permanentAllowance` zasiłek stały (art. 37); `periodicAllowance` zasiłek okresowy (art. 38);
 * `purposeAllowance` zasiłek celowy (art. 39); `randomEventPurposeAllowance` zasiłek celowy after a random
 * event or a disaster, regardless of income (art. 40); `specialPurposeAllowance` specjalny zasiłek celowy
 * (art. 41 pkt 1); `socialWork` praca socjalna, regardless of income (art. 45).
 * @example
 * ```ts
 * import { type Benefit } from 'praca-socjalna';
 * const b: Benefit = 'permanentAllowance';
 * ```
 * @category Eligibility
 */
export type Benefit =
  | 'permanentAllowance'
  | 'periodicAllowance'
  | 'purposeAllowance'
  | 'randomEventPurposeAllowance'
  | 'specialPurposeAllowance'
  | 'socialWork';

/**
 * The range the law allows for an amount; the authority chooses within it.
 *
 * @example
 * ```ts
 * import { type AmountBounds, type Grosze } from 'praca-socjalna';
 * const b: AmountBounds = { min: 30500 as Grosze, max: 61000 as Grosze };
 * ```
 * @category Eligibility
 */
export interface AmountBounds {
  readonly min: Grosze | null;
  readonly max: Grosze | null;
}

/**
 * Something the worker must see beside an otherwise decided answer: data, rendered by {@link explain}.
 *
 * @remarks
 * - `income_outside_reference_month`: income items dated outside the reference month, so not counted (art. 8
 *   ust. 3) — listed so that an item dated in the wrong month never vanishes silently;
 * - `farm_contribution_missing`: farm items with no KRUS contribution given, so nothing was deducted;
 * - `parameter_unverified`: `asOf` is after the day the SDK's law was last checked; the value used is the
 *   last one known, unverified from `unverifiedFrom` (the criteria are verified every three years, art. 9;
 *   the next verification is due in 2027).
 * @example
 * ```ts
 * import { type EligibilityWarning } from 'praca-socjalna';
 * declare const w: EligibilityWarning;
 * if (w.code === 'parameter_unverified') w.unverifiedFrom;
 * ```
 * @category Eligibility
 */
export type EligibilityWarning =
  | { readonly code: 'income_outside_reference_month'; readonly referenceMonth: CivilMonth; readonly items: readonly { readonly itemId: string; readonly month: CivilMonth }[] }
  | { readonly code: 'farm_contribution_missing'; readonly itemIds: readonly string[] }
  | { readonly code: 'parameter_unverified'; readonly table: string; readonly unverifiedFrom: CivilDate };

/**
 * The answer to „is this household entitled, to how much, and why”: eligible (with the amount and, where
 * the law gives a range, its bounds), not eligible (with every reason), or unsupported (with why). Every
 * answer carries its trace; `unsupportedParts` lists what the SDK could not decide inside an otherwise
 * decided answer (e.g. the disputed cap of the periodic allowance).
 *
 * @example
 * ```ts
 * import { type EligibilityResult } from 'praca-socjalna';
 * declare const r: EligibilityResult;
 * if (r.status === 'eligible') r.amount;
 * ```
 * @category Eligibility
 */
export type EligibilityResult =
  | {
      readonly status: 'eligible';
      readonly benefit: Benefit;
      /** The amount the law fixes, or its statutory minimum where it gives a range; `null` where it fixes none. */
      readonly amount: Grosze | null;
      readonly bounds: AmountBounds | null;
      readonly decisionRequired: boolean;
      readonly unsupportedParts: readonly EligibilityReason[];
      readonly trace: readonly EligibilityStep[];
      readonly warnings: readonly EligibilityWarning[];
    }
  | { readonly status: 'notEligible'; readonly benefit: Benefit; readonly reasons: readonly EligibilityReason[]; readonly trace: readonly EligibilityStep[]; readonly warnings: readonly EligibilityWarning[] }
  | { readonly status: 'unsupported'; readonly benefit: Benefit; readonly reasons: readonly EligibilityReason[]; readonly trace: readonly EligibilityStep[]; readonly warnings: readonly EligibilityWarning[] };
