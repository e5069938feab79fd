import * as z from 'zod';
import { invariant } from '../_lib/assert.js';

/**
 * An amount of money in grosze (1 zł = 100 gr): a safe integer, never a float.
 *
 * @remarks Polish: „grosze”. Every amount in the SDK, parameter or result, is in grosze.
 * @example
 * ```ts
 * import { Grosze } from 'praca-socjalna';
 * const criterion: Grosze = Grosze.parse(101000); // 1010,00 zł
 * ```
 * @category Money
 */
export const Grosze = z.int().brand<'Grosze'>();
/** An amount in integer grosze; see the {@link Grosze} schema. */
export type Grosze = z.infer<typeof Grosze>;

/**
 * How a fraction of a grosz is resolved. Each legal rule names the mode it uses.
 * - `halfUp`: ties away from zero (commercial rounding, as in the pro-rata rule of art. 106 ust. 3);
 * - `down`: towards minus infinity (never pays a fraction the law does not grant);
 * - `up`: towards plus infinity (a legal minimum met in full).
 *
 * @example
 * ```ts
 * import { type Rounding } from 'praca-socjalna';
 * const r: Rounding = 'halfUp';
 * ```
 * @category Money
 */
export type Rounding = 'halfUp' | 'down' | 'up';

/** @internal Brands a value known to be an integer number of grosze. */
export function grosze(value: number): Grosze {
  invariant(Number.isSafeInteger(value), `grosze must be a safe integer, got ${value}`);
  return value as Grosze;
}

/**
 * Adds amounts of grosze.
 *
 * @example
 * ```ts
 * import { addGrosze, type Grosze } from 'praca-socjalna';
 * addGrosze(100 as Grosze, 250 as Grosze); //=> 350
 * ```
 * @category Money
 */
export function addGrosze(a: Grosze, b: Grosze): Grosze {
  return grosze(a + b);
}

/**
 * Subtracts `b` from `a`; the result may be negative.
 *
 * @example
 * ```ts
 * import { subtractGrosze, type Grosze } from 'praca-socjalna';
 * subtractGrosze(101000 as Grosze, 40000 as Grosze); //=> 61000
 * ```
 * @category Money
 */
export function subtractGrosze(a: Grosze, b: Grosze): Grosze {
  return grosze(a - b);
}

/**
 * Sums a list of amounts (0 for an empty list).
 *
 * @example
 * ```ts
 * import { sumGrosze, type Grosze } from 'praca-socjalna';
 * sumGrosze([1 as Grosze, 2 as Grosze]); //=> 3
 * ```
 * @category Money
 */
export function sumGrosze(amounts: readonly Grosze[]): Grosze {
  let total = 0;
  for (const a of amounts) total += a;
  return grosze(total);
}

/**
 * The larger of two amounts.
 *
 * @example
 * ```ts
 * import { maxGrosze, type Grosze } from 'praca-socjalna';
 * maxGrosze(1 as Grosze, 2 as Grosze); //=> 2
 * ```
 * @category Money
 */
export function maxGrosze(a: Grosze, b: Grosze): Grosze {
  return a >= b ? a : b;
}

/**
 * The smaller of two amounts.
 *
 * @example
 * ```ts
 * import { minGrosze, type Grosze } from 'praca-socjalna';
 * minGrosze(1 as Grosze, 2 as Grosze); //=> 1
 * ```
 * @category Money
 */
export function minGrosze(a: Grosze, b: Grosze): Grosze {
  return a <= b ? a : b;
}

/**
 * Multiplies an amount by `numerator / denominator` in integer arithmetic and rounds once, as named.
 *
 * @remarks Exact: the division happens on BigInt, so no grosz is lost to floating point.
 * @example
 * ```ts
 * import { multiplyRatio, type Grosze } from 'praca-socjalna';
 * multiplyRatio(101000 as Grosze, 130, 100, 'halfUp'); //=> 131300 (130% of 1010,00 zł)
 * multiplyRatio(90000 as Grosze, 15, 30, 'halfUp');    //=> 45000
 * ```
 * @category Money
 */
export function multiplyRatio(amount: Grosze, numerator: number, denominator: number, rounding: Rounding): Grosze {
  invariant(Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator), 'ratio terms must be integers');
  invariant(denominator > 0, 'ratio denominator must be positive');
  const product = BigInt(amount) * BigInt(numerator);
  const d = BigInt(denominator);
  const floor = product >= 0n ? product / d : -((-product + d - 1n) / d);
  const remainder = product - floor * d; // 0 <= remainder < d
  let result = floor;
  if (remainder !== 0n) {
    if (rounding === 'up') result = floor + 1n;
    else if (rounding === 'halfUp') {
      const twice = remainder * 2n;
      // ties go away from zero
      if (twice > d || (twice === d && product > 0n)) result = floor + 1n;
    }
  }
  return grosze(Number(result));
}

/**
 * Splits an amount into `parts` instalments that differ by at most one grosz and sum to the amount;
 * the earlier instalments take the extra grosze.
 *
 * @example
 * ```ts
 * import { splitEvenly, type Grosze } from 'praca-socjalna';
 * splitEvenly(1000 as Grosze, 3); //=> [334, 333, 333]
 * ```
 * @category Money
 */
export function splitEvenly(amount: Grosze, parts: number): Grosze[] {
  invariant(Number.isSafeInteger(parts) && parts > 0, 'parts must be a positive integer');
  const base = Math.floor(amount / parts);
  const extra = amount - base * parts;
  return Array.from({ length: parts }, (_, i) => grosze(base + (i < extra ? 1 : 0)));
}

const pln = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN', minimumFractionDigits: 2 });

/**
 * Formats grosze as złoty for people, in Polish notation (`1 313,00 zł`). Output edge only.
 *
 * @example
 * ```ts
 * import { formatPln, type Grosze } from 'praca-socjalna';
 * formatPln(131300 as Grosze); //=> '1313,00 zł' (Intl groups from 5 digits in pl-PL)
 * ```
 * @category Money
 */
export function formatPln(amount: Grosze): string {
  return pln.format(amount / 100).replace(/\u00a0/g, ' ');
}
