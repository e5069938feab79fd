/**
 * Whether a value is a real calendar day written `YYYY-MM-DD` (years 0001–9999): linear, no regex
 * backtracking, no date library. `2025-04-31` and `2018-9-30` are not.
 *
 * @example
 * ```ts
 * import { isCivilDate } from 'praca-socjalna';
 * isCivilDate('2024-02-29'); //=> true
 * isCivilDate('2025-02-29'); //=> false
 * ```
 * @category Law
 */
export function isCivilDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}
