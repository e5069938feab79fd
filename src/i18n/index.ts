export * from './plural.js';
export * from './pln.js';
// label() and its vocabularies are exported from src/labels/, which adds the areas' catalogues to this core one.
