import { Stage } from './stage.js';
import { processTable } from './table.js';

/**
 * The methodical process as a Mermaid state diagram, generated from {@link processTable}.
 *
 * @remarks Moves that stay in a stage are listed in a note on the stage, so the arrows show only
 * changes of stage; notes, reassignment and closure, allowed at every open stage, are drawn once.
 * @example
 * ```ts
 * import { processDiagram } from 'praca-socjalna';
 * processDiagram().startsWith('stateDiagram-v2'); //=> true
 * ```
 * @category Process
 */
export function processDiagram(): string {
  const lines = ['stateDiagram-v2', '  [*] --> intake: caseOpened'];
  const everywhere = new Set(['monitoringNoteAdded', 'circumstanceObserved', 'caseReassigned', 'caseClosed']);
  for (const stage of Stage.options) {
    const moves: Record<string, string> = processTable[stage];
    const stays: string[] = [];
    for (const [event, target] of Object.entries(moves)) {
      if (everywhere.has(event)) continue;
      if (target === stage) stays.push(event);
      else lines.push(`  ${stage} --> ${target}: ${event}`);
    }
    if (stays.length > 0) lines.push(`  note right of ${stage}: ${stays.join(', ')}`);
  }
  lines.push('  monitoring --> closed: caseClosed (from any open stage)');
  lines.push('  closed --> [*]');
  lines.push('  note left of closed: at every open stage also monitoringNoteAdded, circumstanceObserved, caseReassigned');
  return lines.join('\n');
}
