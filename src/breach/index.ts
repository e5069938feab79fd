export { type BreachGroundInfo, type GroundWording, breachGrounds } from './breachGround.js';
export { Measure, BenefitSituation, measuresByParagraph } from './measure.js';
export * from './breachInput.js';
export { assessBreach, assessValidatedBreach, type BreachAssessment } from './assessBreach.js';
export { explainBreach } from './explainBreach.js';
export * from './fromCase.js';
export * from './breachEvents.js';
export { BreachStage, BreachProcedure } from './breachProcedure.js';
