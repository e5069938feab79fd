export * from './planKind.js';
export * from './contractRules.js';
export * from './contractContent.js';
export * from './contractEvents.js';
export * from './contractState.js';
export { draftContractFromCase } from './draftContractFromCase.js';
export { contractStatusOn, reviewSchedule } from './contractStatusOn.js';
export { renderContract } from './renderContract.js';
