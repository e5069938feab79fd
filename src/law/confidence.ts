import * as z from 'zod';

/**
 * How well a legal fact is confirmed in the project's legal reference.
 * `V` verified in the legal text; `S` several agreeing secondary sources; `R` recalled, not read;
 * `C` the sources conflict.
 *
 * @remarks Every parameter period and income rule carries one; traces show it, so a worker can see
 * which numbers rest on weaker sources.
 * @example
 * ```ts
 * import { Confidence } from 'praca-socjalna';
 * Confidence.parse('S');
 * ```
 * @category Law
 */
export const Confidence = z.enum(['V', 'S', 'R', 'C']);
/** A confidence mark; see {@link Confidence}. */
export type Confidence = z.infer<typeof Confidence>;
