// The art. 11 catalogue is law: it lives in law/ups/art11grounds.ts. Re-exported for the rules here.
export { type BreachGroundInfo, type GroundWording, activationAddedOn, breachGrounds, wordingAt } from '../law/ups/art11grounds.js';
