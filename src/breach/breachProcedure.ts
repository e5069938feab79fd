import * as z from 'zod';
import { match } from 'ts-pattern';
import { type Result, fail, ok } from '../_lib/result.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { CivilDate } from '../law/civilDate.js';
import type { Role } from '../case/actor.js';
import { Actor } from '../case/actor.js';
import { Id } from '../case/id.js';
import { moveIssue, roleIssue } from '../process/machineChecks.js';
import { type BreachAssessment, assessBreach } from './assessBreach.js';
import { breachGrounds } from './breachGround.js';
import { Authorisation, BreachEvent, type BreachEventType } from './breachEvents.js';
import { Hearing } from './breachInput.js';
import { Measure, measuresFor } from './measure.js';

/**
 * The stage of an art. 11 procedure.
 *
 * @example
 * ```ts
 * import { BreachStage } from 'praca-socjalna';
 * BreachStage.parse('explanationRequested');
 * ```
 * @category Breach
 */
export const BreachStage = z.enum(['reported', 'explanationRequested', 'explained', 'noAnswer', 'assessed', 'measureProposed', 'decided', 'dropped']);
/** A stage of the art. 11 procedure; see {@link BreachStage}. */
export type BreachStage = z.infer<typeof BreachStage>;

/**
 * The art. 11 procedure as data: for each stage, the events allowed and where they lead.
 *
 * @example
 * ```ts
 * import { breachTable } from 'praca-socjalna';
 * breachTable.explanationRequested.explanationDeadlinePassed; //=> 'noAnswer'
 * ```
 * @category Breach
 */
export const breachTable = {
  reported: { explanationRequested: 'explanationRequested', dropped: 'dropped' },
  explanationRequested: { explanationReceived: 'explained', explanationDeadlinePassed: 'noAnswer', dropped: 'dropped' },
  explained: { assessed: 'assessed', dropped: 'dropped' },
  noAnswer: { assessed: 'assessed', dropped: 'dropped' },
  assessed: { measureProposed: 'measureProposed', dropped: 'dropped' },
  measureProposed: { decisionRecorded: 'decided', dropped: 'dropped' },
  decided: {},
  dropped: {},
} as const satisfies Record<BreachStage, Partial<Record<BreachEventType, BreachStage>>>;

/**
 * Who records each step of the art. 11 procedure. The decision: the head of the centre, or a social worker
 * or benefits officer holding the head's authorisation (checked on the event).
 *
 * @example
 * ```ts
 * import { breachPermissions } from 'praca-socjalna';
 * breachPermissions.assessed; //=> ['socialWorker']
 * ```
 * @category Breach
 */
export const breachPermissions = {
  reported: ['socialWorker', 'assistant'],
  explanationRequested: ['socialWorker'],
  explanationReceived: ['socialWorker'],
  explanationDeadlinePassed: ['socialWorker'],
  assessed: ['socialWorker'],
  measureProposed: ['socialWorker'],
  decisionRecorded: ['head', 'socialWorker', 'benefitsOfficer'],
  dropped: ['socialWorker', 'head'],
} as const satisfies Record<BreachEventType, readonly Role[]>;

const Reported = BreachEvent.options[0].shape.payload;

/**
 * The state of an art. 11 procedure, plain JSON.
 *
 * @example
 * ```ts
 * import { BreachProcedure } from 'praca-socjalna';
 * BreachProcedure.safeParse({}).success; //=> false
 * ```
 * @category Breach
 */
export const BreachProcedure = z.strictObject({
  schemaVersion: z.literal(1),
  procedureId: Id,
  stage: BreachStage,
  reportedOn: CivilDate,
  reportedBy: Actor,
  report: Reported,
  hearing: Hearing,
  finding: z.strictObject({ justified: z.boolean(), reasoning: z.string(), date: CivilDate }).nullable(),
  proposal: z.strictObject({ measure: Measure, reasoning: z.string(), date: CivilDate }).nullable(),
  decision: z
    .strictObject({ measure: Measure, justification: z.string(), authorisation: Authorisation, by: Actor, date: CivilDate, dependantsConsidered: z.array(z.strictObject({ personId: Id, note: z.string() })) })
    .nullable(),
  dropped: z.strictObject({ reason: z.string(), date: CivilDate }).nullable(),
  lastEventDate: CivilDate,
  eventCount: z.int().positive(),
});
/** An art. 11 procedure; see {@link BreachProcedure}. */
export type BreachProcedure = z.infer<typeof BreachProcedure>;

function guards(s: BreachProcedure, e: BreachEvent): Issue[] {
  const paragraph = breachGrounds[s.report.ground].paragraph;
  const available = (m: string) => measuresFor(paragraph, s.report.situation).some((x) => x.measure === m && x.available);
  return match(e)
    .returnType<Issue[]>()
    .with({ type: 'explanationDeadlinePassed' }, (x) =>
      s.hearing.status === 'asked' && x.date <= s.hearing.deadline ? [{ code: 'deadline_before_date', path: ['date'], date: s.hearing.deadline, deadline: x.date }] : [],
    )
    .with({ type: 'measureProposed' }, (x) => {
      if (s.finding?.justified) return [{ code: 'justified_breach_no_measure', path: ['type'] }];
      return available(x.payload.measure) ? [] : [{ code: 'measure_not_available', path: ['payload', 'measure'], measure: x.payload.measure }];
    })
    .with({ type: 'decisionRecorded' }, (x) => {
      const issues: Issue[] = [];
      const authorised = x.actor.role === 'head' ? true : x.payload.authorisation.kind === 'authorisedPerson';
      if (!authorised) issues.push({ code: 'authorisation_required', path: ['payload', 'authorisation'] });
      if (x.payload.justification.trim().length === 0) issues.push({ code: 'justification_required', path: ['payload', 'justification'] });
      if (!available(x.payload.measure)) issues.push({ code: 'measure_not_available', path: ['payload', 'measure'], measure: x.payload.measure });
      const considered = new Set(x.payload.dependantsConsidered.map((d) => d.personId));
      const missing = s.report.household.members.map((m) => m.person.id).filter((id) => id !== s.report.clientId && !considered.has(id));
      if (missing.length > 0) issues.push({ code: 'dependants_not_considered', path: ['payload', 'dependantsConsidered'], missing, basis: { act: 'ups', article: '11', paragraph: '3' } });
      return issues;
    })
    .otherwise(() => []);
}

function apply(s: BreachProcedure, e: Exclude<BreachEvent, { type: 'reported' }>): BreachProcedure {
  return match(e)
    .returnType<BreachProcedure>()
    .with({ type: 'explanationRequested' }, (x) => ({ ...s, hearing: { status: 'asked', requestedOn: x.date, deadline: x.payload.deadline } }))
    .with({ type: 'explanationReceived' }, (x) => ({ ...s, hearing: { status: 'explained', receivedOn: x.date, text: x.payload.text } }))
    .with({ type: 'explanationDeadlinePassed' }, () => ({ ...s, hearing: { status: 'noAnswer', deadline: s.hearing.status === 'asked' ? s.hearing.deadline : s.lastEventDate } }))
    .with({ type: 'assessed' }, (x) => ({ ...s, finding: { justified: x.payload.justified, reasoning: x.payload.reasoning, date: x.date } }))
    .with({ type: 'measureProposed' }, (x) => ({ ...s, proposal: { measure: x.payload.measure, reasoning: x.payload.reasoning, date: x.date } }))
    .with({ type: 'decisionRecorded' }, (x) => ({
      ...s,
      decision: { measure: x.payload.measure, justification: x.payload.justification, authorisation: x.payload.authorisation, by: x.actor, date: x.date, dependantsConsidered: x.payload.dependantsConsidered },
    }))
    .with({ type: 'dropped' }, (x) => ({ ...s, dropped: { reason: x.payload.reason, date: x.date } }))
    .exhaustive();
}

/**
 * Steps an art. 11 procedure: the first event must be `reported`; then each event as the table allows.
 *
 * @remarks The right to be heard is built in: nothing is assessed before the client explained or the
 * deadline passed; a justified reason can only end in `dropped`; a decision needs the head or an
 * authorised person, a written justification, an available measure, and every dependant considered.
 * @example
 * ```ts
 * import { stepBreach } from 'praca-socjalna';
 * const r = stepBreach(undefined, { type: 'explanationRequested' });
 * r.ok; //=> false (not a valid first event)
 * ```
 * @category Breach
 */
export function stepBreach(state: BreachProcedure | undefined, event: unknown): Result<BreachProcedure, readonly Issue[]> {
  const parsed = parseWith(BreachEvent, event);
  if (!parsed.ok) return fail(parsed.error);
  const e = parsed.value;
  const denied = roleIssue(breachPermissions[e.type], e.actor.role, e.type);
  if (state === undefined) {
    if (e.type !== 'reported') return fail([{ code: 'case_not_opened', path: ['type'], eventType: e.type }]);
    if (denied) return fail([denied]);
    if (!e.payload.household.members.some((m) => m.person.id === e.payload.clientId)) {
      return fail([{ code: 'unknown_reference', path: ['payload', 'clientId'], id: e.payload.clientId, collection: 'household members' }]);
    }
    return ok({
      schemaVersion: 1, procedureId: e.procedureId, stage: 'reported', reportedOn: e.date, reportedBy: e.actor, report: e.payload,
      hearing: { status: 'notAsked' }, finding: null, proposal: null, decision: null, dropped: null, lastEventDate: e.date, eventCount: 1,
    });
  }
  if (e.procedureId !== state.procedureId) return fail([{ code: 'case_mismatch', path: ['procedureId'], expected: state.procedureId, actual: e.procedureId }]);
  if (e.type === 'reported') return fail([{ code: 'case_already_opened', path: ['type'] }]);
  const move = moveIssue<BreachStage>(breachTable[state.stage], state.stage, e.type, e.date, state.lastEventDate);
  if (move.issue) return fail([move.issue]);
  const next = move.next;
  if (denied) return fail([denied]);
  const issues = guards(state, e);
  if (issues.length > 0) return fail(issues);
  return ok({ ...apply(state, e), stage: next, lastEventDate: e.date, eventCount: state.eventCount + 1 });
}

/**
 * Rebuilds an art. 11 procedure from its events.
 *
 * @example
 * ```ts
 * import { replayBreach } from 'praca-socjalna';
 * replayBreach([]).ok; //=> false
 * ```
 * @category Breach
 */
export function replayBreach(events: readonly unknown[]): Result<BreachProcedure, { readonly index: number; readonly issues: readonly Issue[] }> {
  let state: BreachProcedure | undefined;
  if (events.length === 0) return fail({ index: 0, issues: [{ code: 'empty_log', path: [] }] });
  for (const [index, event] of events.entries()) {
    const r = stepBreach(state, event);
    if (!r.ok) return fail({ index, issues: r.error });
    state = r.value;
  }
  return ok(state as BreachProcedure);
}

/**
 * The art. 11 assessment of a procedure as it stands on `asOf`: the same events always give the same
 * assessment.
 *
 * @example
 * ```ts
 * import { assessBreachProcedure, type BreachProcedure, type CivilDate } from 'praca-socjalna';
 * declare const procedure: BreachProcedure;
 * const r = assessBreachProcedure(procedure, '2025-03-20' as CivilDate);
 * if (r.ok) r.value.outcome;
 * ```
 * @category Breach
 */
export function assessBreachProcedure(state: BreachProcedure, asOf: CivilDate): Result<BreachAssessment, readonly Issue[]> {
  const r = state.report;
  return assessBreach({
    asOf,
    ground: r.ground,
    occurredOn: r.occurredOn,
    description: r.description,
    evidence: r.evidence,
    clientId: r.clientId,
    household: r.household,
    clientFacts: r.clientFacts,
    hearing: state.hearing,
    justifiedReason: state.finding ? { found: state.finding.justified, reasoning: state.finding.reasoning } : null,
    contractPeriods: r.contractPeriods,
    situation: r.situation,
  });
}
