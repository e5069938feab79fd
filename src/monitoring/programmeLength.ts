import type { CivilDate } from '../law/civilDate.js';
import { type CaseView, closedOn, isCaseView, list, records } from './caseView.js';
import { dayNo } from './days.js';
import type { MonitoringPolicy, PolicySource } from './policy.js';

/**
 * A warning that an IPWzB is planned for much less time than the person has been homeless (MOPS Sopot on assistance:
 * leaving homelessness takes about as long as the crisis lasted).
 *
 * @example
 * ```ts
 * import { type ProgrammeLengthWarning } from 'praca-socjalna';
 * declare const w: ProgrammeLengthWarning;
 * w.plannedDays < w.homelessDays * w.minShare; //=> true
 * ```
 * @category Monitoring
 */
export interface ProgrammeLengthWarning {
  readonly kind: 'programmeShorterThanHomelessness';
  readonly caseId: string;
  readonly contractId: string;
  readonly homelessSince: CivilDate;
  readonly plannedDays: number;
  readonly homelessDays: number;
  readonly minShare: number;
  readonly source: PolicySource;
}

/**
 * IPWzB programmes on open cases whose planned length (from the start of the programme's period to its
 * end) is less than `minShare` of the time the person had been homeless when the programme started.
 *
 * @remarks Needs `monitoringData.homelessSince`; a case without it is not judged. Refused, terminated,
 * completed and expired programmes are not judged. An `asOf` that is not a real date gives no warning.
 * @example
 * ```ts
 * import { programmeLengthWarnings, sopotPolicy, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * programmeLengthWarnings(cases, '2025-03-01', sopotPolicy);
 * ```
 * @category Monitoring
 */
export function programmeLengthWarnings(cases: readonly CaseView[], asOf: CivilDate | string, policy: MonitoringPolicy): readonly ProgrammeLengthWarning[] {
  const rule = policy.programmeVersusHomelessness;
  if (rule === null || dayNo(asOf) === null) return [];
  const out: ProgrammeLengthWarning[] = [];
  for (const c of list(cases)) {
    if (!isCaseView(c) || closedOn(c, asOf as CivilDate)) continue;
    const since = c.monitoringData?.homelessSince ?? homelessSinceOf(c);
    const sinceNo = dayNo(since);
    if (since === null || sinceNo === null) continue;
    for (const k of records(c.contracts)) {
      if (k.kind !== 'homelessnessExitProgramme' || (k.status !== 'draft' && k.status !== 'signed' && k.status !== 'inForce')) continue;
      const from = dayNo(k.content?.period?.from);
      const to = dayNo(k.content?.period?.to);
      if (from === null || to === null) continue;
      const plannedDays = to - from + 1;
      const homelessDays = from - sinceNo;
      if (homelessDays > 0 && plannedDays < homelessDays * rule.minShare) {
        out.push({ kind: 'programmeShorterThanHomelessness', caseId: c.caseId, contractId: k.contractId, homelessSince: since, plannedDays, homelessDays, minShare: rule.minShare, source: rule.source });
      }
    }
  }
  return out;
}

/** The earliest `since` the diagnosis recorded on a homelessness problem of the case, or `null`. */
function homelessSinceOf(c: CaseView): CivilDate | null {
  let since: CivilDate | null = null;
  for (const p of records(c.problems)) {
    if (p.ground === 'homelessness' && typeof p.since === 'string' && (since === null || p.since < since)) since = p.since as CivilDate;
  }
  return since;
}
