export * from './contractContent.js';
export * from './contractEvents.js';
export * from './contractState.js';
export * from './contractTable.js';
export { openContract, transitionContract, replayContract, type ContractResult } from './contractTransition.js';
export { draftContractFromCase } from './draftContractFromCase.js';
export { contractStatusOn, reviewSchedule } from './contractStatusOn.js';
export { renderContract } from './renderContract.js';
