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
    id: Id.meta({ sensitivity: 'identifying', personalData: 'personId', description: 'The id of the person in the integrating system.' }),
    firstName: z.string().min(1).meta({ sensitivity: 'identifying', personalData: 'name', description: 'First name (imię).' }),
    lastName: z.string().min(1).meta({ sensitivity: 'identifying', personalData: 'name', description: 'Last name (nazwisko).' }),
    birthDate: CivilDate.meta({ sensitivity: 'identifying', personalData: 'birthDate', description: 'Date of birth (data urodzenia).' }),
    pesel: Pesel.optional().describe('The PESEL number (numer PESEL), if the person has one.'),
    sex: z.enum(['female', 'male']).optional().describe('Sex (płeć), if recorded: it chooses the grammatical gender of Polish texts.'),
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
