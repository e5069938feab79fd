import type { Grosze } from '../../law/grosze.js';
import type { EligibilityReason } from '../rules.js';
import type { AmountBounds } from '../result.js';

/** @internal What an allowance rule decides about the amount, when the benefit is due. */
export interface AmountOutcome {
  readonly amount: Grosze | null;
  readonly bounds: AmountBounds | null;
  readonly unsupportedParts?: readonly EligibilityReason[];
}
