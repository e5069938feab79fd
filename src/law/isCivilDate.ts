import { parseCivilDate } from './civilDate.js';
/**
 * Whether a value is a real calendar day written `YYYY-MM-DD` in the supported years (1900–2199, as the
 * `CivilDate` schema): linear, no regex backtracking, no date library. `2025-04-31` and `2018-9-30` are not.
 *
 * @see {@link CivilDate} for the schema of a date.
 * @example
 * ```ts
 * import { isCivilDate } from 'praca-socjalna';
 * isCivilDate('2024-02-29'); //=> true
 * isCivilDate('2025-02-29'); //=> false
 * ```
 * @category Law
 */
export function isCivilDate(value: unknown): boolean {
  // the same test as the CivilDate schema, supported years included: one rule for what a date is
  return parseCivilDate(value) !== null;
}
