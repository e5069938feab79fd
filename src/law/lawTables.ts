import type { EffectiveTable } from './period.js';
import { farmIncomePerHectare } from './parameters/farmIncomePerHectare.js';
import { type IncomeCriteria, incomeCriteria } from './parameters/incomeCriteria.js';
import { type PermanentAllowanceRule, permanentAllowanceRules } from './parameters/permanentAllowance.js';
import { type LumpSumRule, type PeriodicAllowanceRule, lumpSumRules, periodicAllowanceRules } from './parameters/statutoryRules.js';
import type { Grosze } from './grosze.js';
import { type PeriodicCapRule, type PeriodicMinimumShare, periodicCapSinglePerson, periodicMinimumShare } from './ups/art38.js';

/**
 * The dated parameters an eligibility assessment reads: the law it applies. {@link builtInLaw} is the SDK's;
 * a caller may replace any table with its own (a regulation published before the SDK ships it, or a reform
 * to compare), typed like the built-in ones, with source and confidence per period.
 *
 * @example
 * ```ts
 * import { builtInLaw, type LawTables } from 'praca-socjalna';
 * const law: LawTables = builtInLaw;
 * law.incomeCriteria.periods.length; //=> 8
 * ```
 * @category Law
 */
export interface LawTables {
  readonly incomeCriteria: EffectiveTable<IncomeCriteria>;
  readonly permanentAllowanceRules: EffectiveTable<PermanentAllowanceRule>;
  readonly periodicAllowanceRules: EffectiveTable<PeriodicAllowanceRule>;
  readonly periodicMinimumShare: EffectiveTable<PeriodicMinimumShare>;
  readonly periodicCapSinglePerson: EffectiveTable<PeriodicCapRule>;
  readonly farmIncomePerHectare: EffectiveTable<Grosze>;
  readonly lumpSumRules: EffectiveTable<LumpSumRule>;
}

/**
 * The SDK's own law: every table as verified in the reference.
 *
 * @example
 * ```ts
 * import { builtInLaw } from 'praca-socjalna';
 * builtInLaw.incomeCriteria.name; //=> 'incomeCriteria'
 * ```
 * @category Law
 */
export const builtInLaw: LawTables = {
  incomeCriteria,
  permanentAllowanceRules,
  periodicAllowanceRules,
  periodicMinimumShare,
  periodicCapSinglePerson,
  farmIncomePerHectare,
  lumpSumRules,
};

/**
 * The caller's changes to the law: any table replaced by one of the caller's. Each replaced table is marked
 * `origin: 'caller'`, so every value taken from it is traced as the caller's.
 *
 * @example
 * ```ts
 * import { type LawOverrides } from 'praca-socjalna';
 * const none: LawOverrides = {};
 * ```
 * @category Law
 */
export type LawOverrides = Partial<LawTables>;

/**
 * The law an assessment applies: the built-in tables, with the caller's replacing those it gives (marked as
 * the caller's).
 *
 * @example
 * ```ts
 * import { lawWith, incomeCriteria, type CivilDate, type Grosze } from 'praca-socjalna';
 * const law = lawWith({ incomeCriteria: { ...incomeCriteria, periods: [...incomeCriteria.periods,
 *   { from: '2028-01-01' as CivilDate, value: { singlePerson: 110000 as Grosze, perPersonInFamily: 90000 as Grosze }, source: 'projekt rozporządzenia RM', confidence: 'R' }] } });
 * law.incomeCriteria.origin; //=> 'caller'
 * ```
 * @category Law
 */
export function lawWith(overrides: LawOverrides | undefined): LawTables {
  if (overrides === undefined) return builtInLaw;
  const out: Record<string, EffectiveTable<unknown>> = { ...builtInLaw };
  for (const key of Object.keys(builtInLaw) as (keyof LawTables)[]) {
    const table = overrides[key] as EffectiveTable<unknown> | undefined;
    if (table !== undefined) out[key] = { ...table, origin: 'caller' };
  }
  return out as unknown as LawTables;
}
