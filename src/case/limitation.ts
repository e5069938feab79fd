import * as z from 'zod';
import { Id } from './id.js';

/**
 * A limitation or barrier that stands in the way of change.
 *
 * @remarks Polish: „ograniczenia, bariery”. `source`: `person` (e.g. addiction, no documents) or
 * `environment` (e.g. no social housing, a labour market without offers).
 * @example
 * ```ts
 * import { Limitation } from 'praca-socjalna';
 * Limitation.parse({ id: 'l-1', source: 'person', description: 'Brak dowodu osobistego' });
 * ```
 * @category Case model
 */
export const Limitation = z.strictObject({
  id: Id.describe('The id of the limitation, unique in the case.'),
  source: z.enum(['person', 'environment']).describe('Whether it lies in the person or in the environment (ograniczenie osobowe lub środowiskowe).'),
  description: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text', description: 'The limitation in the words of the diagnosis (ograniczenie).' }),
});
/** A limitation; see {@link Limitation}. */
export type Limitation = z.infer<typeof Limitation>;
