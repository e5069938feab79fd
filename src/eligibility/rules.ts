import type { LegalBasis } from '../law/legalBasis.js';
import {
  type InputsOf,
  type ReasonBook,
  type ReasonIn,
  type ReasonOf,
  type RuleBook,
  type StepIn,
  type TraceFlag,
  type TraceParameter,
  type TraceStepOf,
  type ValueOfUnit,
  traceReason,
  traceStep,
} from '../law/trace.js';

/**
 * The rules of the benefits assessment, as data: for each rule id, the named inputs its trace step records
 * with their units, and the unit of its outcome. A step is checked against this book when recorded and
 * rendered from it by the catalogues (`explain`); a rule without a sentence in every language does not
 * compile.
 *
 * @remarks Income items are named by their kind (`source`), never by their id: ids are `id` inputs, kept
 * for the integrator and never rendered in prose. Caller words (a problem's description, a resolution's
 * number) are `text` inputs, rendered as given.
 * @example
 * ```ts
 * import { eligibilityRules } from 'praca-socjalna';
 * eligibilityRules['art37.incomeTest'].inputs.ownIncome; //=> 'grosze'
 * ```
 * @category Eligibility
 */
export const eligibilityRules = {
  'art5.entitlement': { inputs: { legalStatus: 'code', residesInPoland: 'boolean', benefit: 'code' }, outcome: 'code' },
  'art13.custody': { inputs: { custody: 'code' }, outcome: 'boolean' },
  'art8.grounds': { inputs: { grounds: 'codes', qualifying: 'codes' }, outcome: 'boolean' },
  'art8.referenceMonth': { inputs: { applicationDate: 'date', incomeLost: 'boolean' }, outcome: 'month' },
  'art8.excluded': { inputs: { item: 'id', source: 'code', gross: 'grosze', note: 'text' }, outcome: 'grosze' },
  'art8.integratorExcluded': { inputs: { item: 'id', source: 'code', gross: 'grosze', note: 'text' }, outcome: 'grosze' },
  'art8.netReceipt': {
    inputs: { item: 'id', source: 'code', month: 'month', referenceMonth: 'month', gross: 'grosze', incomeTax: 'grosze', healthContribution: 'grosze', socialContributions: 'grosze', net: 'grosze' },
    outcome: 'grosze',
  },
  'art8.dueForPeriod': { inputs: { item: 'id', source: 'code', from: 'month', to: 'month', months: 'months', referenceMonth: 'month', net: 'grosze' }, outcome: 'grosze' },
  'art8.oneOffSpread': {
    inputs: { item: 'id', source: 'code', net: 'grosze', multiplier: 'count', threshold: 'grosze', months: 'months', paidIn: 'month', referenceMonth: 'month' },
    outcome: 'grosze',
  },
  'art8.business': {
    inputs: { item: 'id', revenue: 'grosze', costs: 'grosze', incomeTax: 'grosze', contributions: 'grosze', result: 'grosze', month: 'month', referenceMonth: 'month' },
    outcome: 'grosze',
  },
  'art8.flatRateBusiness': { inputs: { item: 'id', declaredIncome: 'grosze', decision: 'code' }, outcome: 'grosze' },
  'art8.farmBelowOneHectare': { inputs: { item: 'id', conversionHectares: 'hectares', thresholdHectares: 'hectares' }, outcome: 'grosze' },
  'art8.farm': { inputs: { item: 'id', conversionHectares: 'hectares', incomePerHectare: 'grosze?', flatIncome: 'grosze', monthlyContribution: 'grosze?' }, outcome: 'grosze' },
  'art8.maintenancePaid': { inputs: { item: 'id', amount: 'grosze', month: 'month', referenceMonth: 'month' }, outcome: 'grosze' },
  'art8.maintenanceBeyondIncome': { inputs: { excess: 'grosze', choice: 'code?' }, outcome: 'grosze' },
  'art6.familyIncome': { inputs: { familyIncome: 'grosze', householdSize: 'count' }, outcome: 'grosze' },
  'art8.singlePersonIncome': { inputs: { income: 'grosze' }, outcome: 'grosze' },
  'art8.localThreshold': {
    inputs: { gmina: 'text', resolution: 'text', adoptedOn: 'date', publishedIn: 'text', percentOfCriterion: 'percent', statutory: 'grosze', from: 'date', to: 'date?' },
    outcome: 'grosze',
  },
  'art37.person': { inputs: { age: 'years', adult: 'boolean', unableToWork: 'code?' }, outcome: 'boolean' },
  'art37.concurrentEntitlement': { inputs: { given: 'codes', excluding: 'codes' }, outcome: 'boolean' },
  'art37.incomeTest': {
    inputs: { family: 'boolean', ownIncome: 'grosze', familyIncome: 'grosze', incomePerPerson: 'grosze', householdSize: 'count', criterion: 'grosze', ownBelow: 'boolean', familyBelow: 'boolean' },
    outcome: 'boolean',
  },
  'art37.amount': {
    inputs: {
      family: 'boolean', percentOfCriterion: 'percent', criterion: 'grosze', base: 'grosze', ownIncome: 'grosze', familyIncome: 'grosze', householdSize: 'count',
      computed: 'grosze', minimum: 'grosze', maximum: 'grosze?', formula: 'code',
    },
    outcome: 'grosze',
  },
  'art38.incomeTest': { inputs: { family: 'boolean', income: 'grosze', householdSize: 'count', perPersonCriterion: 'grosze', threshold: 'grosze', local: 'boolean' }, outcome: 'boolean' },
  'art38.amount': {
    inputs: {
      criterion: 'grosze', income: 'grosze', difference: 'grosze', minimumSharePercent: 'percent', shareAmount: 'grosze', floor: 'grosze',
      cap: 'grosze?', capOrigin: 'code?', capStatedBy: 'text?', capChangeDay: 'date?', minimum: 'grosze', maximum: 'grosze?',
    },
    outcome: 'grosze',
  },
  'art38.localMinimumShare': { inputs: { resolution: 'text', adoptedOn: 'date', publishedIn: 'text', percentOfDifference: 'percent' }, outcome: 'percent' },
  'art8.incomeTest': { inputs: { family: 'boolean', income: 'grosze', threshold: 'grosze', local: 'boolean' }, outcome: 'boolean' },
  'art40.loss': { inputs: { event: 'code?', description: 'text?' }, outcome: 'boolean' },
  'art41.incomeAbove': { inputs: { income: 'grosze', criterion: 'grosze', particularlyJustified: 'boolean?' }, outcome: 'boolean' },
  'art41.amount': { inputs: { criterion: 'grosze' }, outcome: 'grosze' },
  'art45.socialWork': { inputs: {}, outcome: 'boolean' },
  'art106.proRata': { inputs: { monthlyAmount: 'grosze', from: 'date', to: 'date', month: 'month', days: 'days', daysInMonth: 'days' }, outcome: 'grosze' },
  'art106.incomeChange': { inputs: { previousIncome: 'grosze', newIncome: 'grosze', change: 'grosze', tolerancePercent: 'percent', tolerance: 'grosze' }, outcome: 'boolean' },
} as const satisfies RuleBook;

/**
 * The reasons the benefits assessment gives, as data: for each id, the named inputs with their units.
 *
 * @example
 * ```ts
 * import { eligibilityReasons } from 'praca-socjalna';
 * eligibilityReasons['art38.incomeTest'].income; //=> 'grosze'
 * ```
 * @category Eligibility
 */
export const eligibilityReasons = {
  'ups.inForce': { asOf: 'date', actInForceFrom: 'date' },
  'art5.scope': { legalStatus: 'code', benefit: 'code' },
  'art5.entitlement': { legalStatus: 'code', benefit: 'code', residenceMissing: 'boolean' },
  'art13.custody': { custody: 'code' },
  'art8.grounds': {},
  'art8.incomeOfNonMember': {},
  'art8.kindNotInForce': { source: 'code', asOf: 'date' },
  'art8.cashBenefitOnly': { source: 'code' },
  'art8.unverifiedIncome': { source: 'code', note: 'text' },
  'art8.flatRateBusiness': {},
  'art8.maintenanceBeyondIncome': { excess: 'grosze' },
  'art37.adult': {},
  'art37.bornAfterAsOf': { asOf: 'date' },
  'art37.unableToWork': {},
  'art37.concurrentEntitlement': { excluding: 'codes' },
  'art37.incomeTest': { criterion: 'grosze' },
  'art38.incomeTest': { income: 'grosze', threshold: 'grosze' },
  'art38.amountAboveStatutoryCriterion': { criterion: 'grosze', threshold: 'grosze' },
  'art38.capSinglePerson': { previousCap: 'grosze?', previousCapUntil: 'date', newCapFrom: 'date' },
  'art39.amount': {},
  'art8.incomeTest': { income: 'grosze', threshold: 'grosze' },
  'art40.loss': {},
  'art41.incomeAbove': {},
  'art41.justified': {},
} as const satisfies ReasonBook;

/**
 * A step of the benefits assessment's trace: a union discriminated by `rule`, its inputs typed by units.
 *
 * @example
 * ```ts
 * import { type EligibilityStep } from 'praca-socjalna';
 * declare const s: EligibilityStep;
 * if (s.rule === 'art37.incomeTest') s.inputs.criterion;
 * ```
 * @category Eligibility
 */
export type EligibilityStep = StepIn<typeof eligibilityRules>;

/**
 * A reason of the benefits assessment: a union discriminated by `rule`.
 *
 * @example
 * ```ts
 * import { type EligibilityReason } from 'praca-socjalna';
 * declare const r: EligibilityReason;
 * if (r.rule === 'art38.incomeTest') r.inputs.threshold;
 * ```
 * @category Eligibility
 */
export type EligibilityReason = ReasonIn<typeof eligibilityReasons>;

/** @internal Records a step of the benefits assessment. */
export const ruleStep = <K extends keyof typeof eligibilityRules>(
  rule: K,
  basis: LegalBasis,
  inputs: InputsOf<(typeof eligibilityRules)[K]['inputs']>,
  outcome: ValueOfUnit<(typeof eligibilityRules)[K]['outcome']>,
  parameters?: readonly TraceParameter[],
  flags?: readonly TraceFlag[],
): TraceStepOf<typeof eligibilityRules, K> => traceStep(eligibilityRules, rule, basis, inputs, outcome, parameters, flags);

/** @internal Records a reason of the benefits assessment. */
export const ruleReason = <K extends keyof typeof eligibilityReasons>(
  rule: K,
  basis: LegalBasis,
  inputs: InputsOf<(typeof eligibilityReasons)[K]>,
  flags?: readonly TraceFlag[],
): ReasonOf<typeof eligibilityReasons, K> => traceReason(eligibilityReasons, rule, basis, inputs, flags);
