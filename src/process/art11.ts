import { applicantOf } from '../case/household.js';
import type { Issue } from '../issues/issue.js';
import type { CivilDate } from '../law/civilDate.js';
import { type Result, fail } from '../_lib/result.js';
import { type BreachAssessment, assessBreach } from '../breach/assessBreach.js';
import type { Hearing } from '../breach/breachInput.js';
import { breachCandidatesFromCase, contractPeriodsOf } from '../breach/fromCase.js';
import type { CivilDate as CivilDateT } from '../law/civilDate.js';
import { isCivilDate } from '../law/isCivilDate.js';
import { benefitSituationOn } from '../practice/benefitSituation.js';
import type { CaseState } from './state.js';

/**
 * Assesses an art. 11 circumstance recorded in a case — a refused contract, an action not done or
 * overdue, a circumstance noted — on the case state alone plus the facts the stream does not hold.
 *
 * @remarks The household and the contracts in force (periods after the head's approval, moved by
 * annexes, cut by terminations) come from the one stream, through {@link contractPeriodsOf}. A
 * justification recorded with the action counts as the client's explanation, which the worker still
 * assesses (`justifiedReason`). The benefit situation (an application pending, a benefit granted, cash
 * being paid) is read from the benefit claims and decisions recorded in the stream on `asOf`
 * (`benefitSituationOn`) unless the caller gives `situation` — for benefits decided outside the stream.
 * The same state always gives the same assessment.
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
    readonly situation?: { readonly pendingApplication: boolean; readonly benefitGranted: boolean; readonly cashBeingPaid: boolean } | undefined;
    readonly justifiedReason: { readonly found: boolean; readonly reasoning: string } | null;
    readonly hearing?: Hearing | undefined;
    readonly evidence?: readonly string[] | undefined;
  },
): Result<BreachAssessment, readonly Issue[]> {
  // from JavaScript anything may come: a typed issue, never a throw
  if (state === null || typeof state !== 'object' || !Array.isArray(state.contracts)) return fail([notAnObject('state')]);
  if (options === null || typeof options !== 'object') return fail([notAnObject('options')]);
  const candidate = breachCandidatesFromCase(state).find((c) => c.eventId === options.eventId);
  if (candidate === undefined) return fail([{ code: 'unknown_reference', path: ['eventId'], id: typeof options.eventId === 'string' ? options.eventId : String(options.eventId), collection: 'art. 11 circumstances in the case' }]);
  const situation = options.situation ?? (isCivilDate(options.asOf) ? benefitSituationOn(state.claims, options.asOf as CivilDateT).situation : undefined);
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
    situation,
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

function notAnObject(field: 'state' | 'options'): Issue {
  const what = field === 'state' ? { pl: 'stan sprawy', en: 'case state' } : { pl: 'opcje oceny', en: 'assessment options' };
  return {
    code: 'invalid_input', path: [field], zodCode: 'invalid_type',
    detail: { pl: `oczekiwano obiektu (${what.pl}).`, en: `expected an object (the ${what.en}).` },
  };
}
