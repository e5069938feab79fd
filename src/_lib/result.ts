/**
 * The outcome of an operation that can fail for a business reason: a value, or an error as data.
 *
 * @remarks Shaped like neverthrow's `Result`, without the dependency. Discriminated on `ok`.
 * @example
 * ```ts
 * import { type Result } from 'praca-socjalna';
 * const r: Result<number, string> = { ok: true, value: 1 };
 * if (r.ok) r.value + 1; //=> 2
 * ```
 * @category Results
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** @internal Wraps a value in a successful {@link Result}. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** @internal Wraps an error in a failed {@link Result}. */
export function fail<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
