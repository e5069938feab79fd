import * as z from 'zod';

/**
 * An identifier chosen by the integrating system (a UUID, a database key, a case number): 1–128 characters.
 *
 * @example
 * ```ts
 * import { Id } from 'praca-socjalna';
 * Id.parse('case-2025/17');
 * ```
 * @category Case model
 */
export const Id = z.string().min(1).max(128);
/** An identifier; see {@link Id}. */
export type Id = z.infer<typeof Id>;
