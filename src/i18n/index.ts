export * from './plural.js';
export * from './pln.js';
export * from './labels.js';
