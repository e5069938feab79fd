/**
 * The three Polish plural forms of a noun: for 1, for 2–4 (but not 12–14), and for the rest
 * (e.g. `['dzień', 'dni', 'dni']`, `['rok', 'lata', 'lat']`, `['osoba', 'osoby', 'osób']`).
 *
 * @example
 * ```ts
 * import { type PolishForms } from 'praca-socjalna';
 * const days: PolishForms = ['dzień', 'dni', 'dni'];
 * ```
 * @category Language
 */
export type PolishForms = readonly [one: string, few: string, many: string];

/**
 * The Polish plural form for a whole count: 1 dzień / 2 dni / 5 dni; 1 rok / 2 lata / 5 lat / 22 lata;
 * 12 lat; 1 osoba / 3 osoby / 14 osób. Non-integers take the genitive singular („1,5 roku” is the caller's:
 * this helper is for counts).
 *
 * @example
 * ```ts
 * import { pluralPl } from 'praca-socjalna';
 * pluralPl(22, ['rok', 'lata', 'lat']); //=> 'lata'
 * pluralPl(12, ['rok', 'lata', 'lat']); //=> 'lat'
 * ```
 * @category Language
 */
export function pluralPl(n: number, forms: PolishForms): string {
  const abs = Math.abs(n);
  if (abs === 1) return forms[0];
  const units = abs % 10;
  const tens = abs % 100;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? forms[1] : forms[2];
}

/**
 * A count with its Polish noun: „1 dzień”, „2 dni”, „74 lata”.
 *
 * @example
 * ```ts
 * import { countPl } from 'praca-socjalna';
 * countPl(74, ['rok', 'lata', 'lat']); //=> '74 lata'
 * ```
 * @category Language
 */
export function countPl(n: number, forms: PolishForms): string {
  return `${n} ${pluralPl(n, forms)}`;
}
