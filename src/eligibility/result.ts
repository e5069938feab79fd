import type { Grosze } from '../law/grosze.js';
import type { Reason, TraceStep } from '../law/trace.js';

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
      readonly unsupportedParts: readonly Reason[];
      readonly trace: readonly TraceStep[];
    }
  | { readonly status: 'notEligible'; readonly benefit: Benefit; readonly reasons: readonly Reason[]; readonly trace: readonly TraceStep[] }
  | { readonly status: 'unsupported'; readonly benefit: Benefit; readonly reasons: readonly Reason[]; readonly trace: readonly TraceStep[] };
