import { machineDiagram } from '../machine/diagram.js';
import { breachMachine } from './families/breach.js';
import { contractMachine } from './families/contract.js';
import { processMachine } from './families/process.js';
import { teamMachine } from './families/team.js';

/**
 * The machines of the case stream, by name, for diagrams, documentation and table-driven tests.
 *
 * @example
 * ```ts
 * import { caseMachines } from 'praca-socjalna';
 * Object.keys(caseMachines); //=> ['process', 'contract', 'breach', 'team']
 * ```
 * @category Process
 */
export const caseMachines = { process: processMachine, contract: contractMachine, breach: breachMachine, team: teamMachine } as const;

/**
 * The methodical process as a Mermaid state diagram, generated from {@link processMachine}'s table.
 *
 * @example
 * ```ts
 * import { processDiagram } from 'praca-socjalna';
 * processDiagram().startsWith('stateDiagram-v2'); //=> true
 * ```
 * @category Process
 */
export function processDiagram(): string {
  return machineDiagram(processMachine);
}
