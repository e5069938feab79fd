export { type BreachGroundInfo, type GroundWording, breachGrounds } from './breachGround.js';
export { Measure, BenefitSituation, measuresByParagraph } from './measure.js';
export * from './breachInput.js';
export {
  assessBreach, assessValidatedBreach, type BreachAssessment, type MeasureReason, type ProportionalityQuestion, proportionalityQuestions,
} from './assessBreach.js';
export { breachRules, breachReasons, type BreachStep, type BreachReason } from './rules.js';
export { BreachAssessmentSchema } from './assessmentSchema.js';
export { explainBreach, explainBreachStep, explainBreachReason } from './explainBreach.js';
export * from './fromCase.js';
export * from './breachEvents.js';
export { BreachStage, BreachProcedure } from './breachProcedure.js';
