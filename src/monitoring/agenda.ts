import type { CivilDate } from '../law/civilDate.js';
import type { Confidence } from '../law/confidence.js';
import type { DeadlineResult } from '../law/deadline.js';
import { decisionDeadline } from '../law/kpa.js';
import type { LegalBasis } from '../law/legalBasis.js';
import { interviewUpdateRule, periodicInterviewUpdateDue } from '../law/upsInterviewUpdate.js';
import { assignmentsOn, type CaseView, closedOn, contractEnd, isCaseView, list, records } from './caseView.js';
import { dayNo, plusDays } from './days.js';
import { type MonitoringPolicy, sopotPolicy } from './policy.js';
import { type RhythmSource, rhythmsOf } from './rhythm.js';

/**
 * What an agenda item asks for.
 *
 * @remarks Polish: aktualizacja wywiadu (`interviewUpdate`), termin działania (`actionDeadline`),
 * spotkanie według rytmu (`meeting`), ocena realizacji kontraktu (`contractReview`), termin wydania
 * decyzji (`decision`), upływ terminu na złożenie wyjaśnień w postępowaniu z art. 11 (`hearingAnswer`).
 * @example
 * ```ts
 * import { type AgendaItemKind } from 'praca-socjalna';
 * const k: AgendaItemKind = 'meeting';
 * ```
 * @category Monitoring
 */
export type AgendaItemKind = 'interviewUpdate' | 'actionDeadline' | 'meeting' | 'contractReview' | 'decision' | 'hearingAnswer';

/**
 * Why an agenda item is due: a legal rule (with its basis and confidence), the centre's policy or the
 * rhythm agreed in the plan, or a date recorded in the case itself (an action's deadline, a contract's
 * review cadence, the time given to answer in an art. 11 procedure).
 *
 * @example
 * ```ts
 * import { type AgendaBasis } from 'praca-socjalna';
 * const b: AgendaBasis = { kind: 'caseRecord', record: 'actionDeadline' };
 * ```
 * @category Monitoring
 */
export type AgendaBasis =
  | { readonly kind: 'law'; readonly basis: readonly LegalBasis[]; readonly confidence: Confidence }
  | { readonly kind: 'rhythm'; readonly source: RhythmSource }
  | { readonly kind: 'caseRecord'; readonly record: 'actionDeadline' | 'contractReviewCadence' | 'hearingDeadline' };

/**
 * One thing due on a case: what, about which part of the case (`subjectId`: an action, contract,
 * assignment, application or procedure), by when, how many days late (negative: days left), who must
 * act, and why.
 *
 * @example
 * ```ts
 * import { type AgendaItem } from 'praca-socjalna';
 * declare const item: AgendaItem;
 * item.daysLate > 0; // overdue
 * ```
 * @category Monitoring
 */
export interface AgendaItem {
  readonly kind: AgendaItemKind;
  readonly caseId: string;
  readonly subjectId: string | null;
  readonly dueOn: CivilDate;
  readonly daysLate: number;
  readonly responsibleIds: readonly string[];
  readonly basis: AgendaBasis;
  /** For an interview update: which art. 107 ust. 4 trigger. */
  readonly trigger?: 'periodic' | 'reapplication' | 'dataChanged' | undefined;
}

/**
 * Options of {@link agenda}: whose agenda (`actor`; the head, or no actor, sees everything), how many days
 * ahead to look (default 7), and the centre's policy for meeting rhythms (default {@link sopotPolicy}).
 *
 * @example
 * ```ts
 * import { type AgendaOptions } from 'praca-socjalna';
 * const o: AgendaOptions = { actor: { id: 'as-piotr', role: 'assistant' }, horizonDays: 14 };
 * ```
 * @category Monitoring
 */
export interface AgendaOptions {
  readonly actor?: { readonly id: string; readonly role: string } | undefined;
  readonly horizonDays?: number | undefined;
  readonly policy?: MonitoringPolicy | undefined;
}

/**
 * An agenda on a date: the items, most overdue first, and how many entries of `cases` were not cases.
 *
 * @example
 * ```ts
 * import { type Agenda } from 'praca-socjalna';
 * declare const a: Agenda;
 * a.items.filter((i) => i.daysLate > 0).length; // overdue items
 * ```
 * @category Monitoring
 */
export interface Agenda {
  readonly asOf: CivilDate;
  readonly items: readonly AgendaItem[];
  readonly skipped: number;
}

const kindOrder: Record<AgendaItemKind, number> = { hearingAnswer: 0, decision: 1, interviewUpdate: 2, actionDeadline: 3, contractReview: 4, meeting: 5 };

/**
 * What is due and overdue on a date across many cases, for one member of staff or for the head:
 * interviews to update (art. 107 ust. 4 u.p.s.), action deadlines, meetings due by the rhythm, contract
 * reviews, decisions due (art. 35 § 3 k.p.a.), and art. 11 hearings whose time to answer has passed.
 *
 * @remarks Reads case states (no replay) in one pass, linear in their size; then sorts the items
 * (most late first, then by kind, then in the order of `cases`) on numeric keys. Items due within `horizonDays` ahead are included. An item
 * is a worker's when they are among its `responsibleIds`: the owner for the interview, decisions,
 * hearings and the client's or an institution's actions; the assistant for meetings and their actions;
 * the contract's worker for reviews. An invalid `asOf` gives an empty agenda; entries that are not cases
 * are counted in `skipped`, never thrown on.
 * @example
 * ```ts
 * import { agenda, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * const mine = agenda(cases, '2025-03-03', { actor: { id: 'as-piotr', role: 'assistant' } });
 * mine.items[0]?.kind; // e.g. 'meeting'
 * ```
 * @category Monitoring
 */
export function agenda(cases: readonly CaseView[], asOf: CivilDate | string, options: AgendaOptions = {}): Agenda {
  const asOfNo = dayNo(asOf);
  if (asOfNo === null) return { asOf: asOf as CivilDate, items: [], skipped: Array.isArray(cases) ? cases.length : 0 };
  const date = asOf as CivilDate;
  const horizon = Number.isInteger(options?.horizonDays) && (options.horizonDays as number) >= 0 ? Math.min(options.horizonDays as number, 366) : 7;
  const limitNo = asOfNo + horizon;
  const limit = plusDays(date, horizon);
  const policy = options?.policy ?? sopotPolicy;
  const actor = options?.actor;
  const wants = actor === undefined || actor === null || actor.role === 'head' ? null : actor.id;
  const items: AgendaItem[] = [];
  let skipped = 0;

  // Every item has the same shape (so the engine keeps one hidden class) and is made only once it is kept.
  const add = (kind: AgendaItemKind, caseId: string, subjectId: string | null, dueOn: CivilDate, dueNo: number, responsibleIds: readonly string[], basis: AgendaBasis, trigger: AgendaItem['trigger']) => {
    if (dueNo > limitNo) return;
    if (wants !== null && !responsibleIds.includes(wants)) return;
    items.push({ kind, caseId, subjectId, dueOn, daysLate: asOfNo - dueNo, responsibleIds, basis, trigger });
  };
  const law = (r: DeadlineResult): AgendaBasis | null => (r.status === 'decided' ? { kind: 'law', basis: r.deadline.basis, confidence: r.deadline.confidence } : null);

  for (const c of list(cases)) {
    if (!isCaseView(c)) {
      skipped += 1;
      continue;
    }
    if (closedOn(c, date)) continue;
    const active = assignmentsOn(c, date);
    if (wants !== null && !concerns(c, active, wants)) continue;
    const owner = [typeof c.owner?.id === 'string' ? c.owner.id : ''];

    // interview update, art. 107 ust. 4 u.p.s.
    const last = c.interview?.date;
    if (last !== undefined && dayNo(last) !== null) {
      const data = c.monitoringData;
      if (data?.permanentHelp === true) {
        const r = periodicInterviewUpdateDue(last);
        const basis = law(r);
        if (r.status === 'decided' && basis !== null && r.deadline.date <= limit) add('interviewUpdate', c.caseId, null, r.deadline.date, dayNo(r.deadline.date) as number, owner, basis, 'periodic');
      }
      for (const [trigger, on] of [['reapplication', data?.reappliedOn], ['dataChanged', data?.dataChangedOn]] as const) {
        const n = dayNo(on);
        if (n !== null && (on as CivilDate) > last) add('interviewUpdate', c.caseId, null, on as CivilDate, n, owner, updateBasis, trigger);
      }
    }

    // actions of the plan with a deadline, not done or cancelled
    const assistantsByKind = new Map<string, readonly string[]>();
    for (const a of records(c.actions)) {
      if ((a.status !== 'planned' && a.status !== 'inProgress') || typeof a.deadline !== 'string' || a.deadline > limit) continue;
      const n = dayNo(a.deadline);
      if (n === null) continue;
      let who: readonly string[] = owner;
      if (a.responsible?.kind === 'assistant') {
        const kind = a.responsible.assistantKind ?? '';
        let mine = assistantsByKind.get(kind);
        if (mine === undefined) {
          mine = active.filter((t) => t.member.role === 'assistant' && (kind === '' || t.member.assistantKind === kind)).map((t) => t.member.id);
          assistantsByKind.set(kind, mine);
        }
        if (mine.length > 0) who = mine;
      }
      add('actionDeadline', c.caseId, a.id, a.deadline, n, who, actionBasis, undefined);
    }

    // meetings due by the rhythm
    for (const r of rhythmsOf(c, date, asOfNo, policy, active).rhythms) {
      if (r.nextDueOn <= limit) add('meeting', c.caseId, r.assignmentId, r.nextDueOn, dayNo(r.nextDueOn) as number, [r.actorId], { kind: 'rhythm', source: r.source }, undefined);
    }

    // contract reviews: the next one falls `everyDays` after the last review (or the entry into force)
    for (const k of records(c.contracts)) {
      if (k.status !== 'inForce' || k.inForceFrom === null || k.inForceFrom > date) continue;
      const every = k.content?.evaluation?.everyDays;
      if (!Number.isInteger(every) || every < 1) continue;
      const end = contractEnd(k, date);
      if (end < date) continue;
      let lastReview = k.inForceFrom;
      for (const rv of records(k.reviews)) if (typeof rv.date === 'string' && rv.date <= date && rv.date > lastReview) lastReview = rv.date;
      const due = plusDays(lastReview, every);
      if (due > end || due > limit) continue;
      add('contractReview', c.caseId, k.contractId, due, dayNo(due) as number, [k.parties?.worker?.id ?? owner[0] ?? ''], reviewBasis, undefined);
    }

    // decisions on pending applications, art. 35 § 3 k.p.a.
    for (const app of records(c.monitoringData?.applications)) {
      if (app.decidedOn !== null) continue;
      const r = decisionDeadline({ initiatedOn: app.initiatedOn, complicated: app.complicated });
      const basis = law(r);
      if (r.status !== 'decided' || basis === null) continue;
      const officers = active.filter((t) => t.member.role === 'benefitsOfficer').map((t) => t.member.id);
      add('decision', c.caseId, app.id, r.deadline.date, dayNo(r.deadline.date) as number, officers.length > 0 ? [...owner, ...officers] : owner, basis, undefined);
    }

    // art. 11 hearings: the time to answer has passed with no answer recorded
    for (const p of records(c.procedures)) {
      if (p.hearing?.status !== 'asked') continue;
      const n = dayNo(p.hearing.deadline);
      if (n === null || n >= asOfNo) continue;
      add('hearingAnswer', c.caseId, p.procedureId, p.hearing.deadline as CivilDate, n, owner, hearingBasis, undefined);
    }
  }

  return { asOf: date, items: ordered(items), skipped };
}

const updateBasis: AgendaBasis = { kind: 'law', basis: [interviewUpdateRule.basis], confidence: interviewUpdateRule.confidence };
const actionBasis: AgendaBasis = { kind: 'caseRecord', record: 'actionDeadline' };
const reviewBasis: AgendaBasis = { kind: 'caseRecord', record: 'contractReviewCadence' };
const hearingBasis: AgendaBasis = { kind: 'caseRecord', record: 'hearingDeadline' };

/** Whether anyone but the head could have an item on the case: its owner, a team member, a contract's worker. */
function concerns(c: CaseView, active: CaseView['team'], id: string): boolean {
  if (c.owner?.id === id) return true;
  for (const t of active) if (t.member.id === id) return true;
  for (const k of records(c.contracts)) if (k.parties?.worker?.id === id) return true;
  return false;
}

/**
 * Most overdue first, then by kind, then in the order the cases were given: a numeric key (lateness ×
 * 8 + kind, × 2^21 + position, all below 2^53) sorted as a typed array, so the sort compares numbers, not strings.
 */
function ordered(items: readonly AgendaItem[]): AgendaItem[] {
  if (items.length >= 2 ** 21) return [...items].sort((x, y) => y.daysLate - x.daysLate || kindOrder[x.kind] - kindOrder[y.kind]);
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as AgendaItem;
    keys[i] = ((10_000_000 - item.daysLate) * 8 + kindOrder[item.kind]) * 2 ** 21 + i;
  }
  keys.sort();
  const out = new Array<AgendaItem>(items.length);
  for (let i = 0; i < keys.length; i++) out[i] = items[(keys[i] as number) % 2 ** 21] as AgendaItem;
  return out;
}
