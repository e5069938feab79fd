import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { addIssue } from '../issues/fromZod.js';
import { Id } from './id.js';
import { Pesel, birthDateFromPesel } from './pesel.js';

/**
 * A person the centre helps: client or household member.
 *
 * @remarks Polish: „osoba”. The PESEL is optional; when present it must pass its checksum and encode the
 * same birth date as `birthDate`.
 * @example
 * ```ts
 * import { Person } from 'praca-socjalna';
 * const jan: Person = Person.parse({
 *   id: 'p-1', firstName: 'Jan', lastName: 'Kowalski', birthDate: '1944-05-14', pesel: '44051401359',
 * });
 * ```
 * @category Case model
 */
export const Person = z
  .strictObject({
    id: Id.meta({ sensitivity: 'identifying', personalData: 'personId' }),
    firstName: z.string().min(1).meta({ sensitivity: 'identifying', personalData: 'name' }),
    lastName: z.string().min(1).meta({ sensitivity: 'identifying', personalData: 'name' }),
    birthDate: CivilDate.meta({ sensitivity: 'identifying', personalData: 'birthDate' }),
    pesel: Pesel.optional(),
    sex: z.enum(['female', 'male']).optional(),
  })
  .superRefine((person, ctx) => {
    if (person.pesel === undefined) return;
    const encoded = birthDateFromPesel(person.pesel);
    if (encoded !== undefined && encoded !== person.birthDate) {
      addIssue(ctx, {
        code: 'pesel_birth_date_mismatch',
        path: ['pesel'],
        peselBirthDate: encoded,
        birthDate: person.birthDate,
      });
    }
  });
/** A person; see {@link Person}. */
export type Person = z.infer<typeof Person>;
