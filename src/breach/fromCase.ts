import type { CivilDate } from '../law/civilDate.js';
import type { CaseEvent } from '../process/events.js';
import type { CaseState } from '../process/state.js';
import type { ContractState } from '../contract/contractState.js';
import { type Result, fail } from '../_lib/result.js';
import type { Issue } from '../issues/issue.js';
import { applicantOf } from '../case/household.js';
import { replay } from '../process/replay.js';
import { type BreachAssessment, assessBreach } from './assessBreach.js';
import type { BreachGround } from '../law/breachGround.js';
import type { ContractPeriod, Hearing } from './breachInput.js';

/**
 * The periods in which contracts were in force, from contract states: from entry into force to the
 * recorded end (or the end of the period of the latest version).
 *
 * @example
 * ```ts
 * import { contractPeriodsOf, type ContractState } from 'praca-socjalna';
 * declare const contracts: ContractState[];
 * contractPeriodsOf(contracts);
 * ```
 * @category Breach
 */
export function contractPeriodsOf(contracts: readonly ContractState[]): ContractPeriod[] {
  return contracts.flatMap((c) => {
    if (c.inForceFrom === null) return [];
    const to = c.ending?.date ?? c.content.period.to;
    return [{ contractId: c.contractId, from: c.inForceFrom, to }];
  });
}

/**
 * The periods of the contracts signed in a case, read from the process state: each signed round from its
 * start until the next signed round began (an annex supersedes the text, not the obligation) or its end.
 *
 * @example
 * ```ts
 * import { contractPeriodsFromCase, type CaseState } from 'praca-socjalna';
 * declare const state: CaseState;
 * contractPeriodsFromCase(state);
 * ```
 * @category Breach
 */
export function contractPeriodsFromCase(state: CaseState): ContractPeriod[] {
  const signed = state.contracts.flatMap((c) => (c.status === 'signed' ? [c] : []));
  return signed.map((c) => ({ contractId: c.contractId, from: c.validFrom, to: c.validTo }));
}

/**
 * A possible art. 11 circumstance that the process log recorded: a refusal to conclude a contract, a
 * missed action (with the client's justification, if any was recorded), or a circumstance the worker
 * observed and noted with its ground.
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
  readonly eventId: string;
  readonly ground: BreachGround;
  readonly occurredOn: CivilDate;
  readonly description: string;
  /** What the client gave as a reason, as recorded; `null` if none. */
  readonly explanation: string | null;
  /** Evidence named in the log: the worker's for an observation, else the event itself. */
  readonly evidence: readonly string[];
}

/**
 * Reads the process log for the circumstances art. 11 speaks of: every `contractRefused`, every action
 * recorded as `missed`, and every `circumstanceObserved`. The same log always gives the same candidates,
 * in log order.
 *
 * @example
 * ```ts
 * import { breachCandidatesFromCase, type CaseEvent } from 'praca-socjalna';
 * declare const log: CaseEvent[];
 * breachCandidatesFromCase(log).map((c) => c.ground);
 * ```
 * @category Breach
 */
export function breachCandidatesFromCase(events: readonly CaseEvent[]): BreachCandidate[] {
  return events.flatMap((e): BreachCandidate[] => {
    if (e.type === 'contractRefused') {
      return [{ eventId: e.id, ground: 'refusingContract', occurredOn: e.date, description: e.payload.reason ?? 'Odmowa zawarcia kontraktu socjalnego', explanation: null, evidence: [e.id] }];
    }
    if (e.type === 'actionProgressRecorded' && e.payload.status === 'missed') {
      return [{ eventId: e.id, ground: 'breakingContract', occurredOn: e.date, description: `${e.payload.actionId}: ${e.payload.text}`, explanation: e.payload.justification, evidence: [e.id] }];
    }
    if (e.type === 'circumstanceObserved') {
      return [{ eventId: e.id, ground: e.payload.ground, occurredOn: e.date, description: e.payload.description, explanation: null, evidence: [e.id, ...e.payload.evidence] }];
    }
    return [];
  });
}

/**
 * Assesses an art. 11 circumstance recorded in a case's process log (a refusal or a missed action), on
 * the log alone plus the facts the log does not hold. Replaying the same log gives the same assessment.
 *
 * @remarks The household and the contracts in force come from the replayed case; a justification recorded
 * with a missed action counts as the client's explanation, which the worker still assesses
 * (`justifiedReason`).
 * @example
 * ```ts
 * import { assessBreachFromCase, type CaseEvent, type CivilDate } from 'praca-socjalna';
 * declare const log: CaseEvent[];
 * const r = assessBreachFromCase(log, {
 *   asOf: '2025-03-10' as CivilDate, eventId: 'sopot-2025-001/e34',
 *   clientFacts: { unemployed: true, addictedToAlcohol: true },
 *   situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: false },
 *   justifiedReason: { found: true, reasoning: 'zaświadczenie lekarskie' },
 * });
 * ```
 * @category Breach
 */
export function assessBreachFromCase(
  events: readonly CaseEvent[],
  options: {
    readonly asOf: CivilDate;
    readonly eventId: string;
    readonly clientFacts: { readonly unemployed: boolean; readonly addictedToAlcohol: boolean };
    readonly situation: { readonly pendingApplication: boolean; readonly benefitGranted: boolean; readonly cashBeingPaid: boolean };
    readonly justifiedReason: { readonly found: boolean; readonly reasoning: string } | null;
    readonly hearing?: Hearing | undefined;
    readonly evidence?: readonly string[] | undefined;
  },
): Result<BreachAssessment, readonly Issue[]> {
  const replayed = replay(events);
  if (!replayed.ok) return fail(replayed.error.issues);
  const candidate = breachCandidatesFromCase(events).find((c) => c.eventId === options.eventId);
  if (candidate === undefined) return fail([{ code: 'unknown_reference', path: ['eventId'], id: options.eventId, collection: 'art. 11 circumstances in the log' }]);
  const state = replayed.value;
  const hearing: Hearing = options.hearing ?? (candidate.explanation !== null ? { status: 'explained', receivedOn: candidate.occurredOn, text: candidate.explanation } : { status: 'notAsked' });
  return assessBreach({
    asOf: options.asOf,
    ground: candidate.ground,
    occurredOn: candidate.occurredOn,
    description: candidate.description,
    evidence: options.evidence ?? candidate.evidence,
    clientId: applicantOf(state.household).id,
    household: state.household,
    clientFacts: options.clientFacts,
    hearing,
    justifiedReason: options.justifiedReason,
    contractPeriods: contractPeriodsFromCase(state),
    situation: options.situation,
  });
}
