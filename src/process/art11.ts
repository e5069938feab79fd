import { applicantOf } from '../case/household.js';
import type { Issue } from '../issues/issue.js';
import type { CivilDate } from '../law/civilDate.js';
import { type Result, fail } from '../_lib/result.js';
import { type BreachAssessment, assessBreach } from '../breach/assessBreach.js';
import type { Hearing } from '../breach/breachInput.js';
import { breachCandidatesFromCase, contractPeriodsOf } from '../breach/fromCase.js';
import type { CaseState } from './state.js';

/**
 * Assesses an art. 11 circumstance recorded in a case — a refused contract, an action not done or
 * overdue, a circumstance noted — on the case state alone plus the facts the stream does not hold.
 *
 * @remarks The household and the contracts in force (periods after the head's approval, moved by
 * annexes, cut by terminations) come from the one stream, through {@link contractPeriodsOf}. A
 * justification recorded with the action counts as the client's explanation, which the worker still
 * assesses (`justifiedReason`). The same state always gives the same assessment.
 * @example
 * ```ts
 * import { assessBreachFromCase, type CaseState } from 'praca-socjalna';
 * declare const state: CaseState;
 * const r = assessBreachFromCase(state, {
 *   asOf: '2025-03-10', eventId: 'sopot-2025-001/e40',
 *   clientFacts: { unemployed: true, addictedToAlcohol: true },
 *   situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: false },
 *   justifiedReason: { found: true, reasoning: 'zaświadczenie lekarskie' },
 * });
 * ```
 * @category Breach
 */
export function assessBreachFromCase(
  state: CaseState,
  options: {
    readonly asOf: CivilDate | string;
    readonly eventId: string;
    readonly clientFacts: { readonly unemployed: boolean; readonly addictedToAlcohol: boolean };
    readonly situation: { readonly pendingApplication: boolean; readonly benefitGranted: boolean; readonly cashBeingPaid: boolean };
    readonly justifiedReason: { readonly found: boolean; readonly reasoning: string } | null;
    readonly hearing?: Hearing | undefined;
    readonly evidence?: readonly string[] | undefined;
  },
): Result<BreachAssessment, readonly Issue[]> {
  const candidate = breachCandidatesFromCase(state).find((c) => c.eventId === options.eventId);
  if (candidate === undefined) return fail([{ code: 'unknown_reference', path: ['eventId'], id: options.eventId, collection: 'art. 11 circumstances in the case' }]);
  const hearing: Hearing = options.hearing ?? (candidate.explanation !== null ? { status: 'explained', receivedOn: candidate.occurredOn, text: candidate.explanation } : { status: 'notAsked' });
  return assessBreach({
    asOf: options.asOf as CivilDate,
    ground: candidate.ground,
    occurredOn: candidate.occurredOn,
    description: candidate.description,
    evidence: [...(options.evidence ?? candidate.evidence)],
    clientId: applicantOf(state.household).id,
    household: state.household,
    clientFacts: options.clientFacts,
    hearing,
    justifiedReason: options.justifiedReason,
    contractPeriods: contractPeriodsOf(state.contracts),
    situation: options.situation,
  });
}

/**
 * The art. 11 assessment of a procedure of the case as it stands on `asOf`: the report, the hearing and
 * the finding from the procedure, the household and contract periods from the case.
 *
 * @example
 * ```ts
 * import { assessBreachProcedure, type CaseState } from 'praca-socjalna';
 * declare const state: CaseState;
 * const r = assessBreachProcedure(state, 'b-1', '2025-03-20');
 * if (r.ok) r.value.outcome;
 * ```
 * @category Breach
 */
export function assessBreachProcedure(state: CaseState, procedureId: string, asOf: CivilDate | string): Result<BreachAssessment, readonly Issue[]> {
  const p = state.procedures.find((x) => x.procedureId === procedureId);
  if (p === undefined) return fail([{ code: 'unknown_item', path: ['procedureId'], machine: 'breach', collection: 'procedures' }]);
  const r = p.report;
  return assessBreach({
    asOf: asOf as CivilDate,
    ground: r.ground,
    occurredOn: r.occurredOn,
    description: r.description,
    evidence: r.evidence,
    clientId: r.clientId,
    household: state.household,
    clientFacts: r.clientFacts,
    hearing: p.hearing,
    justifiedReason: p.finding ? { found: p.finding.justified, reasoning: p.finding.reasoning } : null,
    contractPeriods: contractPeriodsOf(state.contracts),
    situation: r.situation,
  });
}
