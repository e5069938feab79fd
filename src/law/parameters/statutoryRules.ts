import type { CivilDate } from '../civilDate.js';
import type { Grosze } from '../grosze.js';
import type { EffectiveTable } from '../period.js';

const actText = 'u.p.s., Dz.U. 2004 Nr 64 poz. 593 ze zmianami';
const sinceAct = '2004-05-01' as CivilDate;
const noHistory = 'materiał źródłowy podaje obecną regułę bez historii zmian; stosowana od wejścia ustawy w życie';

/**
 * The floor and minimum share of the periodic allowance (zasiłek okresowy, art. 38 ust. 2 u.p.s.).
 *
 * @example
 * ```ts
 * import { type PeriodicAllowanceRule, type Grosze } from 'praca-socjalna';
 * const r: PeriodicAllowanceRule = { minimum: 2000 as Grosze, minimumShareOfDifferencePercent: 50 };
 * ```
 * @category Law
 */
export interface PeriodicAllowanceRule {
  /** Never less than 20 zł a month. */
  readonly minimum: Grosze;
  /**
   * At least this percent of the difference between criterion and income, from 2008-01-01 (a gmina may raise
   * it, art. 38 ust. 6). Before 2008 the act phased it in: see {@link periodicMinimumShare}, which the rules read.
   */
  readonly minimumShareOfDifferencePercent: number;
}

/**
 * Periodic allowance rule (art. 38 ust. 2 u.p.s.), from parameters.json (confidence S).
 *
 * @remarks The minimum share by year is {@link periodicMinimumShare}; the single-person cap is
 * {@link periodicCapSinglePerson}.
 * @example
 * ```ts
 * import { periodicAllowanceRules, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(periodicAllowanceRules, '2025-03-01' as CivilDate);
 * r.ok && r.value.value.minimum; //=> 2000
 * ```
 * @category Law
 */
export const periodicAllowanceRules: EffectiveTable<PeriodicAllowanceRule> = {
  name: 'periodicAllowanceRules',
  basis: { act: 'ups', article: '38', paragraph: '2' },
  unit: 'grosze',
  periods: [
    { from: sinceAct, value: { minimum: 2000 as Grosze, minimumShareOfDifferencePercent: 50 }, source: actText, confidence: 'S', note: noHistory },
  ],
};

/**
 * The one-off income spreading rule (art. 8 ust. 11 u.p.s.): above `multiplier` × the criterion,
 * spread over `months` months from the month paid.
 *
 * @example
 * ```ts
 * import { type LumpSumRule } from 'praca-socjalna';
 * const r: LumpSumRule = { multiplier: 5, months: 12 };
 * ```
 * @category Law
 */
export interface LumpSumRule {
  readonly multiplier: number;
  readonly months: number;
}

/**
 * Art. 8 ust. 11 u.p.s. (confidence V): one-off income above 5 × the criterion is spread over 12 months.
 *
 * @example
 * ```ts
 * import { lumpSumRules, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(lumpSumRules, '2025-02-01' as CivilDate);
 * r.ok && r.value.value.months; //=> 12
 * ```
 * @category Law
 */
export const lumpSumRules: EffectiveTable<LumpSumRule> = {
  name: 'lumpSumRules',
  basis: { act: 'ups', article: '8', paragraph: '11' },
  unit: 'count',
  periods: [{ from: sinceAct, value: { multiplier: 5, months: 12 }, source: actText, confidence: 'V', note: noHistory }],
};

/**
 * Art. 106 ust. 3a u.p.s. (confidence V): during a cash benefit, an income change of at most this
 * percent of the criterion does not change the amount.
 *
 * @example
 * ```ts
 * import { incomeChangeTolerance, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(incomeChangeTolerance, '2025-02-01' as CivilDate);
 * r.ok && r.value.value; //=> 10
 * ```
 * @category Law
 */
export const incomeChangeTolerance: EffectiveTable<number> = {
  name: 'incomeChangeTolerance',
  basis: { act: 'ups', article: '106', paragraph: '3a' },
  unit: 'percent',
  periods: [{ from: sinceAct, value: 10, source: 'u.p.s., t.j. Dz.U. 2023 poz. 901', confidence: 'V', note: noHistory }],
};
