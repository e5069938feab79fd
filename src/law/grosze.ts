import * as z from 'zod';
import { invariant } from '../_lib/assert.js';

/**
 * The largest amount the SDK accepts, in grosze: 10¹¹ gr = 1 000 000 000,00 zł (one billion złoty).
 *
 * @remarks Far above any income or benefit a centre handles, and far below where integer arithmetic on
 * `number` loses precision (2⁵³ ≈ 9·10¹⁵): the sum of 90 000 amounts of this size is still exact, so
 * no sum the SDK computes over bounded inputs can overflow. Amounts may be negative down to
 * `-MAX_GROSZE` (a loss, a deduction).
 * @example
 * ```ts
 * import { MAX_GROSZE } from 'praca-socjalna';
 * MAX_GROSZE; //=> 100000000000
 * ```
 * @category Money
 */
export const MAX_GROSZE = 100_000_000_000;

/**
 * An amount of money in grosze (1 zł = 100 gr): an integer, never a float, between `-MAX_GROSZE` and
 * {@link MAX_GROSZE}.
 *
 * @remarks Polish: „grosze”. Every amount in the SDK, parameter or result, is in grosze.
 * @example
 * ```ts
 * import { Grosze } from 'praca-socjalna';
 * const criterion: Grosze = Grosze.parse(101000); // 1010,00 zł
 * Grosze.safeParse(2 ** 53).success; //=> false (above MAX_GROSZE)
 * ```
 * @category Money
 */
export const Grosze = z
  .int()
  .min(-MAX_GROSZE)
  .max(MAX_GROSZE)
  .brand<'Grosze'>()
  .meta({ description: 'An amount in integer grosze (1 zł = 100 gr), at most 10^11 in absolute value.' });
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
 * @remarks Exact for bounded amounts (|a| ≤ {@link MAX_GROSZE}) in lists of up to 90 000 items; for
 * values from outside use {@link checkedSumGrosze}, which never throws and refuses totals past the bound.
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
 * @remarks Exact: the division happens on BigInt, so no grosz is lost to floating point. Trusted: the
 * terms must be integers (a programming error otherwise); for values from outside use
 * {@link checkedMultiplyRatio}, which never throws.
 * @example
 * ```ts
 * import { multiplyRatio, type Grosze } from 'praca-socjalna';
 * multiplyRatio(101000 as Grosze, 130, 100, 'halfUp'); //=> 131300 (130% of 1010,00 zł)
 * multiplyRatio(90000 as Grosze, 15, 30, 'halfUp');    //=> 45000
 * ```
 * @category Money
 */
export function multiplyRatio(amount: Grosze, numerator: number, denominator: number, rounding: Rounding): Grosze {
  invariant(Number.isSafeInteger(amount), 'amount must be an integer number of grosze');
  invariant(Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator), 'ratio terms must be integers');
  invariant(denominator > 0, 'ratio denominator must be positive');
  return grosze(Number(ratio(amount, numerator, denominator, rounding)));
}

/** `amount × numerator / denominator` on BigInt, rounded once as named; the terms are safe integers, d > 0. */
function ratio(amount: number, numerator: number, denominator: number, rounding: Rounding): bigint {
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
  return result;
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

/**
 * Whether a value is an amount of grosze within the supported bounds (an integer, |value| ≤ {@link MAX_GROSZE}).
 *
 * @see {@link Grosze} for the schema of an amount.
 * @example
 * ```ts
 * import { isGrosze } from 'praca-socjalna';
 * isGrosze(101000); //=> true
 * isGrosze(0.5);    //=> false
 * ```
 * @category Money
 */
export function isGrosze(value: unknown): value is Grosze {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= MAX_GROSZE;
}

/**
 * Sums amounts exactly, or `null` if any item is not a bounded amount ({@link isGrosze}) or the total
 * exceeds {@link MAX_GROSZE}: the validating twin of {@link sumGrosze}, which cannot overflow.
 *
 * @example
 * ```ts
 * import { checkedSumGrosze, MAX_GROSZE } from 'praca-socjalna';
 * checkedSumGrosze([100, 250]);              //=> 350
 * checkedSumGrosze([MAX_GROSZE, MAX_GROSZE]); //=> null
 * ```
 * @category Money
 */
export function checkedSumGrosze(amounts: readonly unknown[]): Grosze | null {
  if (!Array.isArray(amounts)) return null;
  let total = 0;
  for (const a of amounts) {
    if (!isGrosze(a)) return null;
    total += a; // each step stays below 2·MAX_GROSZE, so exact
    if (Math.abs(total) > MAX_GROSZE) return null;
  }
  return total as Grosze;
}

/**
 * Multiplies an amount by `numerator / denominator` like {@link multiplyRatio}, or `null` if the amount
 * is not a bounded amount, a term is not a safe integer, the denominator is not positive, or the result
 * exceeds {@link MAX_GROSZE}. Never throws.
 *
 * @see {@link Grosze} for the schema of `amount`.
 * @example
 * ```ts
 * import { checkedMultiplyRatio } from 'praca-socjalna';
 * checkedMultiplyRatio(90000, 15, 30, 'halfUp'); //=> 45000
 * checkedMultiplyRatio(0.5, 1, 2, 'halfUp');     //=> null
 * ```
 * @category Money
 */
export function checkedMultiplyRatio(amount: unknown, numerator: unknown, denominator: unknown, rounding: Rounding): Grosze | null {
  if (!isGrosze(amount)) return null;
  if (typeof numerator !== 'number' || !Number.isSafeInteger(numerator)) return null;
  if (typeof denominator !== 'number' || !Number.isSafeInteger(denominator) || denominator <= 0) return null;
  if (rounding !== 'halfUp' && rounding !== 'down' && rounding !== 'up') return null;
  const result = ratio(amount, numerator, denominator, rounding);
  return result >= BigInt(-MAX_GROSZE) && result <= BigInt(MAX_GROSZE) ? (Number(result) as Grosze) : null;
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
