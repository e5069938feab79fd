import type { Reason } from '../law/trace.js';
import type { TraceStep } from '../law/trace.js';
import type { EligibilityWarning } from './result.js';

/** @internal What the rules of one assessment gather: steps, reasons against, and what they cannot decide. */
export interface Collector {
  readonly trace: TraceStep[];
  /** Definite reasons the benefit is not due. */
  readonly reasons: Reason[];
  /** What makes the whole answer undecidable. */
  readonly unsupported: Reason[];
  /** What the answer leaves open inside an otherwise decided result. */
  readonly unsupportedParts: Reason[];
  /** What the worker must see beside the answer (items not counted, unverified parameters). */
  readonly warnings: EligibilityWarning[];
}

/** @internal */
export function collector(): Collector {
  return { trace: [], reasons: [], unsupported: [], unsupportedParts: [], warnings: [] };
}
