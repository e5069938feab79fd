import type { CivilDate } from '../law/civilDate.js';
import { assignmentsOn, type CaseView, closedOn, isCaseView, list, records } from './caseView.js';
import { dayNo, plusDays } from './days.js';
import type { MonitoringPolicy, PolicySource, Rhythm } from './policy.js';

/**
 * Where a rhythm comes from: the centre's policy for that kind of assistant, or the rhythm agreed with
 * the family for this assignment (MOPS Sopot on assistance: "frequency set with the family").
 *
 * @example
 * ```ts
 * import { type RhythmSource } from 'praca-socjalna';
 * const s: RhythmSource = { kind: 'agreedInPlan', agreedOn: '2025-02-03' as never };
 * ```
 * @category Monitoring
 */
export type RhythmSource = { readonly kind: 'policy'; readonly source: PolicySource } | { readonly kind: 'agreedInPlan'; readonly agreedOn: CivilDate };

/**
 * The rhythm of one assistant's assignment on a date: the rhythm and its source, the meetings attended
 * in the last full window, the last meeting, and when the next one is due.
 *
 * @example
 * ```ts
 * import { type AssignmentRhythm } from 'praca-socjalna';
 * declare const r: AssignmentRhythm;
 * r.nextDueOn;
 * ```
 * @category Monitoring
 */
export interface AssignmentRhythm {
  readonly caseId: string;
  readonly assignmentId: string;
  readonly actorId: string;
  readonly rhythm: Rhythm;
  readonly source: RhythmSource;
  /** Attended meetings in the `perDays` days ending on `asOf`, or `null` when the assignment is younger than that window. */
  readonly inWindow: number | null;
  readonly windowFrom: CivilDate;
  readonly lastMeeting: CivilDate | null;
  readonly nextDueOn: CivilDate;
}

/**
 * A warning about meetings with a client: fewer or more in the last window than the rhythm asks, or a
 * family assistant's assignment with no rhythm agreed with the family.
 *
 * @example
 * ```ts
 * import { type RhythmWarning } from 'praca-socjalna';
 * declare const w: RhythmWarning;
 * w.kind; //=> 'meetingsBelowRhythm' | 'meetingsAboveRhythm' | 'rhythmNotAgreed'
 * ```
 * @category Monitoring
 */
export type RhythmWarning =
  | ({ readonly kind: 'meetingsBelowRhythm' | 'meetingsAboveRhythm' } & Omit<AssignmentRhythm, 'inWindow'> & { readonly inWindow: number })
  | { readonly kind: 'rhythmNotAgreed'; readonly caseId: string; readonly assignmentId: string; readonly actorId: string };

/** @internal The rhythm of every assistant assignment of a case in force on `asOf`, and the assignments missing an agreed one. */
export function rhythmsOf(c: CaseView, asOf: CivilDate, asOfNo: number, policy: MonitoringPolicy, active: CaseView['team'] = assignmentsOn(c, asOf)): { readonly rhythms: AssignmentRhythm[]; readonly missing: RhythmWarning[] } {
  const rhythms: AssignmentRhythm[] = [];
  const missing: RhythmWarning[] = [];
  for (const t of active) {
    if (t.member.role !== 'assistant' || t.member.assistantKind === undefined) continue;
    const rule = Object.hasOwn(policy.meetingRhythm, t.member.assistantKind) ? policy.meetingRhythm[t.member.assistantKind] : null;
    if (rule === null || rule === undefined) continue;
    let rhythm: Rhythm;
    let source: RhythmSource;
    if (rule === 'agreedInPlan') {
      let agreed: { rhythm: Rhythm; agreedOn: CivilDate } | null = null;
      for (const a of records(c.monitoringData?.agreedRhythms)) if (typeof a.rhythm === 'object' && a.rhythm !== null && a.assignmentId === t.assignmentId && a.agreedOn <= asOf && (agreed === null || a.agreedOn >= agreed.agreedOn)) agreed = a;
      if (agreed === null) {
        missing.push({ kind: 'rhythmNotAgreed', caseId: c.caseId, assignmentId: t.assignmentId, actorId: t.member.id });
        continue;
      }
      rhythm = agreed.rhythm;
      source = { kind: 'agreedInPlan', agreedOn: agreed.agreedOn };
    } else {
      rhythm = rule.rhythm;
      source = { kind: 'policy', source: rule.source };
    }
    if (!(rhythm.min >= 1) || !(rhythm.perDays >= 1)) continue;
    const windowFromNo = asOfNo - rhythm.perDays + 1;
    const windowFrom = plusDays(asOf, -rhythm.perDays + 1);
    const fromNo = dayNo(t.from);
    if (fromNo === null) continue;
    let inWindow = 0;
    let last: CivilDate | null = null;
    // dates compare as strings (fixed-width YYYY-MM-DD), so no meeting date is parsed
    for (const m of records(c.meetings)) {
      if (m.attendance !== 'attended' || typeof m.date !== 'string' || m.date < t.from || m.date > asOf) continue;
      if (m.author?.id !== t.member.id && !list(m.staffIds).includes(t.member.id)) continue;
      if (last === null || m.date > last) last = m.date;
      if (m.date >= windowFrom) inWindow += 1;
    }
    const interval = Math.max(1, Math.floor(rhythm.perDays / rhythm.min));
    rhythms.push({
      caseId: c.caseId,
      assignmentId: t.assignmentId,
      actorId: t.member.id,
      rhythm,
      source,
      inWindow: fromNo <= windowFromNo ? inWindow : null,
      windowFrom,
      lastMeeting: last,
      nextDueOn: plusDays(last ?? t.from, interval),
    });
  }
  return { rhythms, missing };
}

/**
 * Meeting-rhythm warnings on a date, per assistant assignment: fewer attended meetings in the last
 * window than the rhythm's minimum, more than its maximum, or no rhythm agreed where the policy says
 * the family agrees it.
 *
 * @remarks Sopot: 1–2 meetings a week with a homeless person's assistant. A window is judged only when
 * the assignment is at least as old as the window. Meetings count when attended and the assistant
 * wrote them or took part.
 * @example
 * ```ts
 * import { meetingRhythmWarnings, sopotPolicy, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * meetingRhythmWarnings(cases, '2025-03-01', sopotPolicy);
 * ```
 * @category Monitoring
 */
export function meetingRhythmWarnings(cases: readonly CaseView[], asOf: CivilDate | string, policy: MonitoringPolicy): readonly RhythmWarning[] {
  const asOfNo = dayNo(asOf);
  if (asOfNo === null) return [];
  const out: RhythmWarning[] = [];
  for (const c of list(cases)) {
    if (!isCaseView(c) || closedOn(c, asOf as CivilDate)) continue;
    const { rhythms, missing } = rhythmsOf(c, asOf as CivilDate, asOfNo, policy);
    out.push(...missing);
    for (const r of rhythms) {
      if (r.inWindow === null) continue;
      if (r.inWindow < r.rhythm.min) out.push({ ...r, kind: 'meetingsBelowRhythm', inWindow: r.inWindow });
      else if (r.rhythm.max !== null && r.inWindow > r.rhythm.max) out.push({ ...r, kind: 'meetingsAboveRhythm', inWindow: r.inWindow });
    }
  }
  return out;
}
