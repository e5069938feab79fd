/** @internal Throws for a broken invariant: a programmer error inside this library, never bad input. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`[praca-socjalna] ${message}`);
}
