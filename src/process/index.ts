export * from './stage.js';
export * from './events.js';
export * from './state.js';
export * from './table.js';
export { openCase, transition, type TransitionResult } from './transition.js';
export { replay } from './replay.js';
export { processDiagram } from './diagram.js';
