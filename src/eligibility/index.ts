
export * from './result.js';
export { ReceiptSource, type IncomeTreatment, incomeTreatments } from './incomeSource.js';
export * from './incomeItem.js';
export { referenceMonth } from './referenceMonth.js';
export { computeIncome, type IncomeInput, type IncomeAssessment } from './computeIncome.js';
export * from './personFacts.js';
export * from './request.js';
export { assessEligibility, parseEligibilityRequest, assessValidatedEligibility } from './assessEligibility.js';
export { explain, explainEligibilityStep, explainEligibilityReason } from './explain.js';
export { eligibilityRules, eligibilityReasons, type EligibilityStep, type EligibilityReason } from './rules.js';
export { EligibilityResultSchema } from './resultSchema.js';
export { computeProRata } from './proRata.js';
export { assessIncomeChange } from './incomeChange.js';
export * from './compareUnder.js';
export { eligibleAmount } from './eligibleAmount.js';
