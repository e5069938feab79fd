import type { Confidence } from '../../law/confidence.js';
import type { ReasonTexts, StepTexts, TraceFlag } from '../../law/trace.js';
import type { EligibilityWarning } from '../result.js';
import type { Benefit } from '../result.js';
import type { eligibilityReasons, eligibilityRules } from '../rules.js';

/** @internal The legal parameters the rules cite, by name. */
export type ParameterName =
  | 'incomeCriteria.singlePerson'
  | 'incomeCriteria.perPersonInFamily'
  | 'incomeCriteria.family'
  | 'permanentAllowance.percentOfCriterion'
  | 'permanentAllowance.min'
  | 'permanentAllowance.maxSinglePerson'
  | 'periodicAllowance.minimum'
  | 'periodicMinimumShare.singlePersonPercent'
  | 'periodicMinimumShare.familyPercent'
  | 'periodicCapSinglePerson'
  | 'lumpSumRules.multiplier'
  | 'farmIncomePerHectare'
  | 'incomeChangeTolerance.percent';

/** @internal The tables a `parameter_unverified` warning can name. */
export type TableName = 'incomeCriteria' | 'permanentAllowanceRules' | 'periodicAllowanceRules' | 'periodicMinimumShare' | 'farmIncomePerHectare';

/**
 * @internal Everything the benefits assessment says in one language: a sentence per rule and per reason,
 * the names of benefits, parameters and tables, confidence in words, warnings and the frame of `explain`.
 * Adding a language is one file that satisfies this type.
 */
export interface EligibilityCatalogue {
  readonly steps: StepTexts<typeof eligibilityRules>;
  readonly reasons: ReasonTexts<typeof eligibilityReasons>;
  readonly benefits: Readonly<Record<Benefit, string>>;
  readonly parameters: Readonly<Record<ParameterName, string>>;
  readonly tables: Readonly<Record<TableName, string>>;
  readonly confidence: Readonly<Record<Confidence, string>>;
  readonly flags: Readonly<Record<TraceFlag, string>>;
  readonly money: (grosze: number) => string;
  readonly date: (date: string) => string;
  readonly warnings: {
    readonly title: string;
    readonly outside: (w: Extract<EligibilityWarning, { code: 'income_outside_reference_month' }>) => string;
    readonly farm: (w: Extract<EligibilityWarning, { code: 'farm_contribution_missing' }>) => string;
    readonly stale: (w: Extract<EligibilityWarning, { code: 'parameter_unverified' }>, table: string) => string;
  };
  readonly words: {
    readonly eligible: string;
    readonly notEligible: string;
    readonly unsupported: string;
    readonly amount: string;
    readonly range: string;
    readonly from: string;
    readonly to: string;
    readonly month: string;
    readonly reasons: string;
    readonly open: string;
    readonly steps: string;
    readonly inForce: string;
    readonly until: string;
    readonly decision: string;
    readonly noDecision: string;
    readonly unknownParameter: string;
    readonly callerValue: string;
    readonly unknownRule: string;
    readonly malformed: string;
  };
}
