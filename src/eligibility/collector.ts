import type { EligibilityReason, EligibilityStep } from './rules.js';
import type { EligibilityWarning } from './result.js';

/** @internal What the rules of one assessment gather: steps, reasons against, and what they cannot decide. */
export interface Collector {
  readonly trace: EligibilityStep[];
  /** Definite reasons the benefit is not due. */
  readonly reasons: EligibilityReason[];
  /** What makes the whole answer undecidable. */
  readonly unsupported: EligibilityReason[];
  /** What the answer leaves open inside an otherwise decided result. */
  readonly unsupportedParts: EligibilityReason[];
  /** What the worker must see beside the answer (items not counted, unverified parameters). */
  readonly warnings: EligibilityWarning[];
}

/** @internal */
export function collector(): Collector {
  return { trace: [], reasons: [], unsupported: [], unsupportedParts: [], warnings: [] };
}
