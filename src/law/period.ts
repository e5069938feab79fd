import { type CivilDate, addCivilDays } from './civilDate.js';
import type { Confidence } from './confidence.js';
import type { LegalBasis } from './legalBasis.js';
import { lawCheckedThrough, lawUnverifiedFrom } from './checked.js';
import { isCivilDate } from './isCivilDate.js';
import { type SourceId, type SourceRef, sourceIdOf, sourceText } from './sources.js';

/**
 * The unit of a legal parameter, so that a renderer never guesses it from the name: money in grosze, a
 * percent, a count (of months, persons, days), a date, or a composite of those (each field says it).
 *
 * @example
 * ```ts
 * import { type ParameterUnit } from 'praca-socjalna';
 * const u: ParameterUnit = 'grosze';
 * ```
 * @category Law
 */
export type ParameterUnit = 'grosze' | 'percent' | 'count' | 'months' | 'date' | 'years' | 'rule';

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
  /** The act that set it, with its Dz.U. position, in words. */
  readonly source: string;
  /** The entry of `legalSources` the words come from (the SDK's tables; a caller's period may have none). */
  readonly sourceId?: SourceId | undefined;
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
  /** The unit of the values (of each numeric field of a composite value). */
  readonly unit?: ParameterUnit | undefined;
  /** The last day the values were checked; after it the open period is unverified. Default {@link lawCheckedThrough}. */
  readonly checkedThrough?: CivilDate | undefined;
  /** `caller`: a table the caller supplied (see `lawWith`); every value from it is traced as the caller's. */
  readonly origin?: 'sdk' | 'caller' | undefined;
}

/**
 * Answers already built, by period object: used only while the period's own fields, the table (its identity,
 * name, basis and origin), the next period's start, staleness and the check date are the same — so a table changed in place is never
 * answered from here. Shared answers are frozen.
 */
const inForceMemo = new WeakMap<object, InForceMemo>();
interface InForceMemo {
  readonly from: string;
  readonly source: string;
  readonly sourceId: string | undefined;
  readonly confidence: string;
  readonly note: string | undefined;
  readonly value: unknown;
  readonly table: object;
  readonly tableName: string;
  readonly tableBasis: unknown;
  readonly caller: boolean;
  readonly nextFrom: string | null;
  readonly stale: boolean;
  readonly checked: string;
  readonly result: unknown;
}
const samePeriod = (m: InForceMemo, p: Period<unknown>): boolean =>
  m.value === p.value && m.from === p.from && m.source === p.source && m.sourceId === p.sourceId && m.confidence === p.confidence && m.note === p.note;

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
  /**
   * Set when `asOf` is after the day the table was last checked: the first day the value is unverified. The
   * value is still the last one known; a later act or regulation may have changed it (REFERENCE.md §0.0 item 10).
   */
  readonly unverifiedFrom?: CivilDate | undefined;
  /** Set when the value comes from a table the caller supplied. */
  readonly origin?: 'caller' | undefined;
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
 * Why no value can be looked up: the date is not a real `YYYY-MM-DD` calendar day (e.g. `2018-9-30`).
 *
 * @example
 * ```ts
 * import { type InvalidLookupDate } from 'praca-socjalna';
 * declare const e: InvalidLookupDate;
 * e.code; //=> 'invalid_date'
 * ```
 * @category Law
 */
export interface InvalidLookupDate {
  readonly code: 'invalid_date';
  readonly table: string;
}

/**
 * The value of an effective-dated parameter in force on `asOf`, or `outside_coverage` — never a guess.
 * A date that is not a calendar day gives `invalid_date`; a date after the day the table was last checked
 * gives the last value with `unverifiedFrom`.
 *
 * @example
 * ```ts
 * import { incomeCriteria, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(incomeCriteria, '2025-03-01' as CivilDate);
 * r.ok && r.value.value.singlePerson; //=> 101000
 * valueAt(incomeCriteria, '2004-04-30' as CivilDate).ok; //=> false
 * valueAt(incomeCriteria, '2018-9-30' as CivilDate).ok; //=> false (invalid_date)
 * ```
 * @category Law
 */
export function valueAt<T>(
  table: EffectiveTable<T>,
  asOf: CivilDate,
): { readonly ok: true; readonly value: ValueInForce<T> } | { readonly ok: false; readonly error: OutsideCoverage | InvalidLookupDate } {
  if (!isCivilDate(asOf)) return { ok: false, error: { code: 'invalid_date', table: table.name } };
  const periods = table.periods;
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i] as Period<T>;
    if (period.from <= asOf) {
      const next = periods[i + 1];
      const checked = table.checkedThrough ?? lawCheckedThrough;
      const caller = table.origin === 'caller';
      // a caller's table is the caller's responsibility: stale only if it says when it was checked
      const stale = next === undefined && asOf > checked && (!caller || table.checkedThrough !== undefined);
      const nextFrom = next === undefined ? null : next.from;
      // The same answer for the same period is built once and shared (frozen): it is the hot path of every rule.
      const known = inForceMemo.get(period);
      if (known !== undefined && known.table === table && known.tableName === table.name && known.tableBasis === table.basis && known.caller === caller && known.nextFrom === nextFrom && known.stale === stale && known.checked === checked && samePeriod(known, period)) {
        return known.result as { readonly ok: true; readonly value: ValueInForce<T> };
      }
      const result = Object.freeze({
        ok: true as const,
        value: Object.freeze({
          value: period.value,
          period: Object.freeze({ ...period, to: nextFrom === null ? null : addCivilDays(nextFrom, -1) }),
          table: table.name,
          basis: table.basis,
          ...(stale ? { unverifiedFrom: table.checkedThrough === undefined ? lawUnverifiedFrom : addCivilDays(checked, 1) } : {}),
          ...(caller ? { origin: 'caller' as const } : {}),
        }),
      });
      inForceMemo.set(period, { tableName: table.name, tableBasis: table.basis, caller, from: period.from, source: period.source, sourceId: period.sourceId, confidence: period.confidence, note: period.note, value: period.value, table, nextFrom, stale, checked, result });
      return result;
    }
  }
  return { ok: false, error: { code: 'outside_coverage', table: table.name, asOf, coveredFrom: periods[0]?.from ?? null } };
}

/**
 * @internal The value alone of the period in force on an already validated `asOf`, or `undefined` before
 * the table's first period: the lookup of the amount-only fast path, which builds no trace object.
 */
export function valueOnlyAt<T>(table: EffectiveTable<T>, asOf: CivilDate): T | undefined {
  const periods = table.periods;
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i] as Period<T>;
    if (period.from <= asOf) return period.value;
  }
  return undefined;
}

/** @internal One period of a parameter table, as the tables write it: the source by its catalogue id. */
export function period<T>(from: string, value: T, source: SourceRef, confidence: Confidence, note?: string): Period<T> {
  return { from: from as CivilDate, value, source: sourceText(source), sourceId: sourceIdOf(source), confidence, ...(note === undefined ? {} : { note }) };
}
