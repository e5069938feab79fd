export * from './plural.js';
export * from './pln.js';
