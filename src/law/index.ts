export * from './civilDate.js';
export { Grosze, type Rounding, addGrosze, subtractGrosze, sumGrosze, maxGrosze, minGrosze, multiplyRatio, splitEvenly, formatPln } from './grosze.js';
export * from './legalBasis.js';
export * from './assistanceGround.js';
