export * from './stage.js';
export * from './events.js';
export * from './state.js';
export * from './table.js';
export { openCase, transition, type TransitionResult } from './transition.js';
export { replay, type ReplayError } from './replay.js';
export { processDiagram } from './diagram.js';
