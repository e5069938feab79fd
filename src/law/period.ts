import { type CivilDate, addCivilDays } from './civilDate.js';
import type { Confidence } from './confidence.js';
import type { LegalBasis } from './legalBasis.js';

/**
 * One period of an effective-dated legal parameter: in force from `from` (inclusive) until the next
 * period's `from`.
 *
 * @example
 * ```ts
 * import { type Period, type CivilDate } from 'praca-socjalna';
 * const p: Period<number> = { from: '2025-01-01' as CivilDate, value: 1, source: 'Dz.U. 2024 poz. 1044', confidence: 'S' };
 * ```
 * @category Law
 */
export interface Period<T> {
  readonly from: CivilDate;
  readonly value: T;
  /** The act that set it, with its Dz.U. position. */
  readonly source: string;
  readonly confidence: Confidence;
  /** What the reference says about the confidence, when more than one mark applies. */
  readonly note?: string | undefined;
}

/**
 * An effective-dated legal parameter: its name, basis, and periods in order. Adding the next
 * verification of criteria is one more period at the end, never an edit of an old one.
 *
 * @example
 * ```ts
 * import { incomeCriteria } from 'praca-socjalna';
 * incomeCriteria.periods.length; //=> 8
 * ```
 * @category Law
 */
export interface EffectiveTable<T> {
  readonly name: string;
  readonly basis: LegalBasis;
  readonly periods: readonly Period<T>[];
}

/**
 * The value in force on a date, with the period it comes from (`to` is the last day, or `null` while open).
 *
 * @example
 * ```ts
 * import { type ValueInForce } from 'praca-socjalna';
 * declare const v: ValueInForce<number>;
 * v.period.from;
 * ```
 * @category Law
 */
export interface ValueInForce<T> {
  readonly value: T;
  readonly period: Period<T> & { readonly to: CivilDate | null };
  readonly table: string;
  readonly basis: LegalBasis;
}

/**
 * Why no value is in force: the date is before the table's first period (for u.p.s., before 2004-05-01).
 *
 * @example
 * ```ts
 * import { type OutsideCoverage } from 'praca-socjalna';
 * declare const o: OutsideCoverage;
 * o.coveredFrom;
 * ```
 * @category Law
 */
export interface OutsideCoverage {
  readonly code: 'outside_coverage';
  readonly table: string;
  readonly asOf: CivilDate;
  readonly coveredFrom: CivilDate | null;
}

/**
 * The value of an effective-dated parameter in force on `asOf`, or `outside_coverage` — never a guess.
 *
 * @example
 * ```ts
 * import { incomeCriteria, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(incomeCriteria, '2025-03-01' as CivilDate);
 * r.ok && r.value.value.singlePerson; //=> 101000
 * valueAt(incomeCriteria, '2004-04-30' as CivilDate).ok; //=> false
 * ```
 * @category Law
 */
export function valueAt<T>(
  table: EffectiveTable<T>,
  asOf: CivilDate,
): { readonly ok: true; readonly value: ValueInForce<T> } | { readonly ok: false; readonly error: OutsideCoverage } {
  const periods = table.periods;
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i] as Period<T>;
    if (period.from <= asOf) {
      const next = periods[i + 1];
      return {
        ok: true,
        value: {
          value: period.value,
          period: { ...period, to: next ? addCivilDays(next.from, -1) : null },
          table: table.name,
          basis: table.basis,
        },
      };
    }
  }
  return { ok: false, error: { code: 'outside_coverage', table: table.name, asOf, coveredFrom: periods[0]?.from ?? null } };
}

/** @internal One period of a parameter table, as the tables write it. */
export function period<T>(from: string, value: T, source: string, confidence: Confidence, note?: string): Period<T> {
  return { from: from as CivilDate, value, source, confidence, ...(note === undefined ? {} : { note }) };
}
