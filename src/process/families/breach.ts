import type * as z from 'zod';
import type { Issue } from '../../issues/issue.js';
import { defineMachine } from '../../machine/machine.js';
import { breachPayloads } from '../../breach/breachEvents.js';
import { breachGrounds } from '../../breach/breachGround.js';
import { BreachStage, type BreachProcedure } from '../../breach/breachProcedure.js';
import { measuresFor } from '../../breach/measure.js';
import { type Draft, ownItem, push } from '../draft.js';
import { eventsOf } from '../envelope.js';
import type { Family } from '../family.js';
import { authorisationOn } from './teamAccess.js';

/** @internal The event schemas of art. 11 procedures. */
export const breachEvents = eventsOf(breachPayloads);
/** @internal An art. 11 procedure event. */
export type BreachEvent = z.output<(typeof breachEvents)[keyof typeof breachEvents]>;

const indexOf = (d: Draft, id: string): number => d.s.procedures.findIndex((p) => p.procedureId === id);
const procedure = (d: Draft, id: string): BreachProcedure => d.s.procedures[indexOf(d, id)] as BreachProcedure;

function available(p: BreachProcedure, measure: string): boolean {
  const paragraph = breachGrounds[p.report.ground].paragraph;
  return measuresFor(paragraph, p.report.situation).some((x) => x.measure === measure && x.available);
}

const worker = ['socialWorker', 'head'] as const;

/**
 * Every art. 11 procedure of a case as a machine of the kernel: reported → the client asked to explain
 * (the right to be heard) → explained or no answer → assessed → a measure proposed → decided; or dropped.
 *
 * @remarks Only the head of the centre, or a person whose authorisation (upoważnienie) to decide is
 * recorded in the stream and valid on the date, decides (`scope: 'authorised'`). A justified reason can
 * only end in `breachDropped`; a decision needs a written justification, an available measure and every
 * dependant considered (art. 11 ust. 3).
 * @example
 * ```ts
 * import { breachMachine } from 'praca-socjalna';
 * breachMachine.table.explanationRequested.breachDeadlinePassed; //=> 'noAnswer'
 * ```
 * @category Breach
 */
export const breachMachine = defineMachine<Draft, BreachEvent, BreachStage, never>({
  name: 'breach',
  states: BreachStage.options,
  initial: 'reported',
  start: 'breachReported',
  table: {
    reported: { breachExplanationRequested: 'explanationRequested', breachDropped: 'dropped' },
    explanationRequested: { breachExplanationReceived: 'explained', breachDeadlinePassed: 'noAnswer', breachDropped: 'dropped' },
    explained: { breachAssessed: 'assessed', breachDropped: 'dropped' },
    noAnswer: { breachAssessed: 'assessed', breachDropped: 'dropped' },
    assessed: { breachMeasureProposed: 'measureProposed', breachDropped: 'dropped' },
    measureProposed: { breachDecided: 'decided', breachDropped: 'dropped' },
    decided: {},
    dropped: {},
  },
  follows: {},
  conditions: {},
  permissions: {
    breachReported: { roles: ['socialWorker', 'assistant', 'head'], scope: 'teamMember' },
    breachExplanationRequested: { roles: worker, scope: 'teamMember' },
    breachExplanationReceived: { roles: worker, scope: 'teamMember' },
    breachDeadlinePassed: { roles: worker, scope: 'teamMember' },
    breachAssessed: { roles: worker, scope: 'teamMember' },
    breachMeasureProposed: { roles: worker, scope: 'teamMember' },
    breachDecided: { roles: ['head', 'socialWorker', 'benefitsOfficer'], scope: 'authorised' },
    breachDropped: { roles: worker, scope: 'teamMember' },
  },
  guards: {
    breachReported: (d, e) =>
      d.s.household.members.some((m) => m.person.id === e.payload.clientId)
        ? []
        : [{ code: 'unknown_reference', path: ['payload', 'clientId'], id: e.payload.clientId, collection: 'household members' }],
    breachExplanationRequested: (_d, e) =>
      e.payload.deadline < e.date ? [{ code: 'deadline_before_date', path: ['payload', 'deadline'], date: e.date, deadline: e.payload.deadline }] : [],
    breachExplanationReceived: () => [],
    breachDeadlinePassed: (d, e) => {
      const h = procedure(d, e.payload.procedureId).hearing;
      return h.status === 'asked' && e.date <= h.deadline ? [{ code: 'period_not_ended', path: ['date'], date: e.date, end: h.deadline }] : [];
    },
    breachAssessed: () => [],
    breachMeasureProposed: (d, e) => {
      const p = procedure(d, e.payload.procedureId);
      if (p.finding?.justified) return [{ code: 'justified_breach_no_measure', path: ['type'] }];
      return available(p, e.payload.measure) ? [] : [{ code: 'measure_not_available', path: ['payload', 'measure'], measure: e.payload.measure }];
    },
    breachDecided: (d, e) => {
      const p = procedure(d, e.payload.procedureId);
      const issues: Issue[] = [];
      if (e.payload.justification.trim().length === 0) issues.push({ code: 'justification_required', path: ['payload', 'justification'] });
      if (!available(p, e.payload.measure)) issues.push({ code: 'measure_not_available', path: ['payload', 'measure'], measure: e.payload.measure });
      const considered = new Set(e.payload.dependantsConsidered.map((x) => x.personId));
      const missing = d.s.household.members.map((m) => m.person.id).filter((id) => id !== p.report.clientId && !considered.has(id));
      if (missing.length > 0) issues.push({ code: 'dependants_not_considered', path: ['payload', 'dependantsConsidered'], missing, basis: { act: 'ups', article: '11', paragraph: '3' } });
      return issues;
    },
    breachDropped: () => [],
  },
});

function apply(d: Draft, e: BreachEvent, next: string): void {
  const stage = next as BreachStage;
  if (e.type === 'breachReported') {
    const { procedureId: _ignored, ...report } = e.payload;
    return push(d, 'procedures', {
      procedureId: e.payload.procedureId, stage, reportedOn: e.date, reportedBy: e.actor, report,
      hearing: { status: 'notAsked' }, finding: null, proposal: null, decision: null, dropped: null,
    });
  }
  const p = ownItem(d, 'procedures', indexOf(d, e.payload.procedureId));
  const previous = p.hearing;
  p.stage = stage;
  switch (e.type) {
    case 'breachExplanationRequested':
      p.hearing = { status: 'asked', requestedOn: e.date, deadline: e.payload.deadline };
      return;
    case 'breachExplanationReceived':
      p.hearing = { status: 'explained', receivedOn: e.date, text: e.payload.text };
      return;
    case 'breachDeadlinePassed':
      p.hearing = { status: 'noAnswer', deadline: previous.status === 'asked' ? previous.deadline : e.date };
      return;
    case 'breachAssessed':
      p.finding = { justified: e.payload.justified, reasoning: e.payload.reasoning, date: e.date };
      return;
    case 'breachMeasureProposed':
      p.proposal = { measure: e.payload.measure, reasoning: e.payload.reasoning, date: e.date };
      return;
    case 'breachDecided':
      p.decision = {
        measure: e.payload.measure, justification: e.payload.justification,
        authorisationId: e.actor.role === 'head' ? null : (authorisationOn(d, e.actor.id, e.date) ?? null),
        by: e.actor, date: e.date, dependantsConsidered: e.payload.dependantsConsidered,
      };
      return;
    case 'breachDropped':
      p.dropped = { reason: e.payload.reason, date: e.date };
      return;
  }
}

/** @internal The art. 11 family of the case stream. */
export const breachFamily: Family<BreachEvent> = {
  schemas: Object.values(breachEvents),
  machine: breachMachine,
  locate: (d, e) => {
    const i = indexOf(d, e.payload.procedureId);
    if (e.type === 'breachReported') {
      return i < 0 ? { state: 'new' } : { issue: { code: 'item_exists', path: ['payload', 'procedureId'], machine: 'breach', collection: 'procedures' } };
    }
    const p = d.s.procedures[i];
    return p === undefined ? { issue: { code: 'unknown_item', path: ['payload', 'procedureId'], machine: 'breach', collection: 'procedures' } } : { state: p.stage };
  },
  apply,
};
