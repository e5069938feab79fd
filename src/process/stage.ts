import * as z from 'zod';

/**
 * The stages of the methodical process of social work, in order.
 *
 * @remarks Polish: przyjęcie zgłoszenia → diagnoza (ocena sytuacji) → zasoby → ograniczenia → cele i
 * działania → kontrakt (kontrakt socjalny, IPWzB) → monitorowanie → zamknięcie.
 * @example
 * ```ts
 * import { Stage } from 'praca-socjalna';
 * Stage.options; //=> ['intake', 'diagnosis', 'resources', 'limitations', 'goals', 'contract', 'monitoring', 'closed']
 * ```
 * @category Process
 */
export const Stage = z.enum(['intake', 'diagnosis', 'resources', 'limitations', 'goals', 'contract', 'monitoring', 'closed']);
/** A stage of the methodical process; see {@link Stage}. */
export type Stage = z.infer<typeof Stage>;
