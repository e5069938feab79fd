import type { Machine, Target } from './machine.js';

function targets<S extends string, C extends string>(target: Target<S, C>): { readonly target: S; readonly when?: C }[] {
  return typeof target === 'string' ? [{ target }] : [...target];
}

/**
 * A machine as a Mermaid state diagram, generated from its table: every arrow is an event, a guarded
 * target shows its condition in brackets, events of other machines that move it are drawn dashed in
 * words ("follows"). Moves that stay in a state are listed in a note on the state.
 *
 * @example
 * ```ts
 * import { machineDiagram, type Machine } from 'praca-socjalna';
 * declare const door: Machine<null, { type: 'close' }, 'open' | 'closed', never>;
 * machineDiagram(door).startsWith('stateDiagram-v2'); //=> true
 * ```
 * @category Machine
 */
export function machineDiagram<Ctx, E extends { readonly type: string }, S extends string, C extends string, X extends { readonly type: string }>(
  machine: Machine<Ctx, E, S, C, X>,
): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${machine.initial}${machine.start === undefined ? '' : `: ${machine.start}`}`];
  for (const state of machine.states) {
    const stays: string[] = [];
    const moves = [
      ...Object.entries(machine.table[state] as Record<string, Target<S, C>>).map(([event, t]) => ({ event, t, follows: false })),
      ...Object.entries((machine.follows[state] ?? {}) as Record<string, Target<S, C>>).map(([event, t]) => ({ event, t, follows: true })),
    ];
    for (const { event, t, follows } of moves) {
      for (const { target, when } of targets(t)) {
        const label = `${follows ? 'follows ' : ''}${event}${when === undefined ? '' : ` [${when}]`}`;
        if (target === state) stays.push(label);
        else lines.push(`  ${state} --> ${target}: ${label}`);
      }
    }
    if (stays.length > 0) lines.push(`  note right of ${state}: ${stays.join(', ')}`);
  }
  return lines.join('\n');
}
