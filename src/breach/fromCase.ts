import type { CivilDate } from '../law/civilDate.js';
import type { BreachGround } from '../law/breachGround.js';
import type { MonitoringEntry } from '../case/monitoringEntry.js';
import type { ContractState } from '../contract/contractState.js';
import type { ContractPeriod } from './breachInput.js';

/**
 * The periods in which the contracts of a case were in force, read from the case stream: from entry into
 * force (after the head's approval for an IPWzB) to the recorded end — completion, termination,
 * expiry — or else the end of the period of the latest annex.
 *
 * @remarks An annex changes the text and may move the end; a termination cuts the period short. A
 * contract never in force (a draft, one waiting for approval, a refused one) has no period.
 * @example
 * ```ts
 * import { contractPeriodsOf, type CaseState } from 'praca-socjalna';
 * declare const state: CaseState;
 * contractPeriodsOf(state.contracts);
 * ```
 * @category Breach
 */
export function contractPeriodsOf(contracts: readonly ContractState[]): ContractPeriod[] {
  return contracts.flatMap((c) => {
    if (c.inForceFrom === null) return [];
    const latest = c.versions.at(-1)?.content ?? c.content;
    const to = c.ending?.date ?? latest.period.to;
    return [{ contractId: c.contractId, from: c.inForceFrom, to }];
  });
}

/**
 * A possible art. 11 circumstance recorded in a case stream: a refusal to conclude a contract, an action
 * recorded as not done or overdue (with the client's justification, if any), or a circumstance the worker
 * noted with its ground.
 *
 * @example
 * ```ts
 * import { type BreachCandidate } from 'praca-socjalna';
 * declare const c: BreachCandidate;
 * c.ground; //=> 'refusingContract' | 'breakingContract' | …
 * ```
 * @category Breach
 */
export interface BreachCandidate {
  /** The id of the event that recorded it. */
  readonly eventId: string;
  readonly ground: BreachGround;
  readonly occurredOn: CivilDate;
  readonly description: string;
  /** What the client gave as a reason, as recorded; `null` if none. */
  readonly explanation: string | null;
  /** Evidence named in the stream: the worker's for a noted circumstance, else the event itself. */
  readonly evidence: readonly string[];
}

/**
 * Reads a case for the circumstances art. 11 speaks of: every refused contract, every action recorded as
 * not done or overdue, every circumstance noted. The same stream always gives the same candidates, in
 * the order they were recorded (refusals first).
 *
 * @example
 * ```ts
 * import { breachCandidatesFromCase, type CaseState } from 'praca-socjalna';
 * declare const state: CaseState;
 * breachCandidatesFromCase(state).map((c) => c.ground);
 * ```
 * @category Breach
 */
export function breachCandidatesFromCase(state: { readonly contracts: readonly ContractState[]; readonly monitoring: readonly MonitoringEntry[] }): BreachCandidate[] {
  const out: BreachCandidate[] = [];
  for (const c of state.contracts) {
    if (c.refusal !== null) {
      out.push({ eventId: c.refusal.eventId, ground: 'refusingContract', occurredOn: c.refusal.date, description: c.refusal.reason ?? 'Odmowa zawarcia kontraktu socjalnego', explanation: null, evidence: [c.refusal.eventId] });
    }
  }
  for (const m of state.monitoring) {
    if (m.kind === 'actionProgress' && (m.progress === 'notDone' || m.progress === 'overdue')) {
      out.push({ eventId: m.id, ground: 'breakingContract', occurredOn: m.date, description: m.text, explanation: m.justification, evidence: [m.id] });
    } else if (m.kind === 'breachCircumstance') {
      out.push({ eventId: m.id, ground: m.ground, occurredOn: m.date, description: m.text, explanation: null, evidence: [m.id, ...m.evidence] });
    }
  }
  return out;
}
