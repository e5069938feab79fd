import * as z from 'zod';
import { Id } from './id.js';

/**
 * A resource: a possibility or strength of the person, the family or the environment.
 *
 * @remarks Polish: „zasoby, możliwości, mocne strony”. `holder` says whose it is:
 * `person`, `family` or `environment` (institutions, neighbours, the local community).
 * @example
 * ```ts
 * import { Resource } from 'praca-socjalna';
 * Resource.parse({ id: 'r-1', holder: 'person', description: 'Kwalifikacje spawacza' });
 * ```
 * @category Case model
 */
export const Resource = z.strictObject({
  id: Id.describe('The id of the resource, unique in the case.'),
  holder: z.enum(['person', 'family', 'environment']).describe('Whose resource it is: the person, the family or the environment (zasoby osobiste, rodzinne, środowiskowe).'),
  description: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text', description: 'The resource in the words of the diagnosis (zasób).' }),
});
/** A resource; see {@link Resource}. */
export type Resource = z.infer<typeof Resource>;
