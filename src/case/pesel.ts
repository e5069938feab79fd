import * as z from 'zod';
import type { CivilDate } from '../law/civilDate.js';
import { addIssue } from '../issues/fromZod.js';

const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/**
 * Whether an 11-digit string has a valid PESEL check digit.
 *
 * @remarks Check digit = (10 − (Σ digitᵢ × weightᵢ mod 10)) mod 10, weights 1 3 7 9 1 3 7 9 1 3.
 * @example
 * ```ts
 * import { hasValidPeselChecksum } from 'praca-socjalna';
 * hasValidPeselChecksum('44051401359'); //=> true
 * hasValidPeselChecksum('44051401358'); //=> false
 * ```
 * @category Case model
 */
export function hasValidPeselChecksum(pesel: string): boolean {
  if (!/^\d{11}$/.test(pesel)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(pesel[i]) * (weights[i] as number);
  return (10 - (sum % 10)) % 10 === Number(pesel[10]);
}

/**
 * The birth date a PESEL encodes (the month carries the century: +80 for 1800s, +20 for 2000s, +40, +60),
 * or `undefined` if it encodes no real day.
 *
 * @example
 * ```ts
 * import { birthDateFromPesel } from 'praca-socjalna';
 * birthDateFromPesel('44051401359'); //=> '1944-05-14'
 * birthDateFromPesel('02270803624'); //=> '2002-07-08'
 * ```
 * @category Case model
 */
export function birthDateFromPesel(pesel: string): CivilDate | undefined {
  if (!/^\d{11}$/.test(pesel)) return undefined;
  const yy = Number(pesel.slice(0, 2));
  const mm = Number(pesel.slice(2, 4));
  const dd = pesel.slice(4, 6);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (century === undefined) return undefined;
  const date = `${century + yy}-${String(mm % 20).padStart(2, '0')}-${dd}`;
  return z.iso.date().safeParse(date).success ? (date as CivilDate) : undefined;
}

/**
 * A PESEL number: 11 digits with a valid check digit and a real encoded birth date.
 *
 * @remarks Polish: „numer PESEL”. Optional on a person (foreigners and the homeless may lack one).
 * @example
 * ```ts
 * import { Pesel } from 'praca-socjalna';
 * Pesel.parse('44051401359');
 * Pesel.safeParse('44051401358').success; //=> false
 * ```
 * @category Case model
 */
export const Pesel = z
  .string()
  .regex(/^\d{11}$/, { error: 'PESEL: 11 digits' })
  .superRefine((value, ctx) => {
    if (!hasValidPeselChecksum(value) || birthDateFromPesel(value) === undefined) {
      addIssue(ctx, { code: 'pesel_invalid_checksum', path: [] });
    }
  })
  .brand<'Pesel'>()
  .meta({ sensitivity: 'identifying', personalData: 'pesel' });
/** A validated PESEL number; see {@link Pesel}. */
export type Pesel = z.infer<typeof Pesel>;
