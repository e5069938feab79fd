export type { Result } from './_lib/result.js';
export * from './law/index.js';
export * from './issues/index.js';
export * from './case/index.js';
export * from './process/index.js';
export * from './eligibility/index.js';
export * from './contract/index.js';
export * from './breach/index.js';
export * from './interview/index.js';
