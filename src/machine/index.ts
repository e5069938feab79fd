export * from './machine.js';
export { type StepNotice, type StepResult, type ReplayError, type ReplayResult } from './result.js';
export { machineDiagram } from './diagram.js';
