import { isCivilDate } from '../law/isCivilDate.js';
import type { CivilDate } from '../law/civilDate.js';
import { type CaseView, isCaseView, list, personsOf, records } from './caseView.js';
import { ClosureOutcome } from '../case/closureOutcome.js';

/**
 * The kinds of plan a report counts, in the order it lists them: IPWzB (art. 49 u.p.s.), kontrakt socjalny
 * (art. 108 u.p.s.), plan pracy z rodziną.
 *
 * @example
 * ```ts
 * import { reportedPlanKinds } from 'praca-socjalna';
 * reportedPlanKinds[0]; //=> 'homelessnessExitProgramme'
 * ```
 * @category Monitoring
 */
export const reportedPlanKinds = ['homelessnessExitProgramme', 'socialContract', 'familyWorkPlan'] as const;

/**
 * Contracts of one kind in a period: concluded (with how many distinct persons, by sex), and ended as
 * completed, terminated or expired.
 *
 * @example
 * ```ts
 * import { type ContractTally } from 'praca-socjalna';
 * declare const t: ContractTally;
 * t.concluded;
 * ```
 * @category Monitoring
 */
export interface ContractTally {
  readonly kind: (typeof reportedPlanKinds)[number];
  readonly concluded: number;
  readonly persons: number;
  readonly men: number;
  readonly women: number;
  readonly sexNotRecorded: number;
  readonly completed: number;
  readonly terminated: number;
  readonly expired: number;
}

/**
 * A centre's report for a period, as data: contracts by kind, outcomes by type (cases and persons),
 * goals set and achieved in cases closed in the period, and contracts concluded per social worker.
 *
 * @remarks Render it with `reportMarkdown` or `reportSummary`.
 * @example
 * ```ts
 * import { type MonitoringReport } from 'praca-socjalna';
 * declare const r: MonitoringReport;
 * r.outcomes.find((o) => o.outcome === 'openMarketJob')?.persons;
 * ```
 * @category Monitoring
 */
export interface MonitoringReport {
  readonly period: { readonly from: CivilDate; readonly to: CivilDate };
  readonly contracts: readonly ContractTally[];
  readonly outcomes: readonly { readonly outcome: ClosureOutcome; readonly cases: number; readonly persons: number }[];
  readonly goals: { readonly closedCases: number; readonly set: number; readonly achieved: number };
  readonly perSocialWorker: readonly { readonly workerId: string; readonly concluded: number }[];
  /** Contracts of every kind concluded in the period, and the number of social workers who concluded them. */
  readonly contractsPerSocialWorker: { readonly contracts: number; readonly workers: number };
}

const within = (d: unknown, from: CivilDate, to: CivilDate): boolean => typeof d === 'string' && d >= from && d <= to;

/**
 * The report of a period across cases: contracts and programmes concluded (with persons by sex),
 * completed against terminated, outcomes by type, goals achieved, contracts per social worker.
 *
 * @remarks One pass over the states. A contract counts as concluded on the day both parties signed;
 * persons are the distinct client parties (person ids are taken to be unique across the centre), their sex read from the household (`sexNotRecorded` when
 * missing). Outcomes count by their own dates; goals by the closures in the period. A `from` after `to`
 * gives an empty report.
 * @example
 * ```ts
 * import { report, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * const r = report(cases, { from: '2009-01-01', to: '2009-12-31' });
 * r.contracts.find((t) => t.kind === 'homelessnessExitProgramme')?.concluded;
 * ```
 * @category Monitoring
 */
export function report(cases: readonly CaseView[], period: { readonly from: CivilDate | string; readonly to: CivilDate | string }): MonitoringReport {
  // a period whose ends are not dates (from JavaScript) contains no day: an empty report, never a throw
  const bounded = isCivilDate(period?.from) && isCivilDate(period?.to);
  const from = (bounded ? period.from : '\uffff') as CivilDate;
  const to = (bounded ? period.to : '') as CivilDate;
  const tallies = new Map(reportedPlanKinds.map((k) => [k as string, { concluded: 0, persons: new Map<string, 'female' | 'male' | null>(), completed: 0, terminated: 0, expired: 0 }]));
  const outcomes = new Map(ClosureOutcome.options.map((o) => [o as string, { cases: 0, persons: 0 }]));
  const goals = { closedCases: 0, set: 0, achieved: 0 };
  const perWorker = new Map<string, number>();
  let concludedAll = 0;

  for (const c of list(cases)) {
    if (!isCaseView(c)) continue;
    const sexOf = new Map(records(c.household?.members).map((m) => [m.person?.id, m.person?.sex === 'female' || m.person?.sex === 'male' ? m.person.sex : null]));
    for (const k of records(c.contracts)) {
      const t = tallies.get(k.kind);
      if (t === undefined) continue;
      if (within(k.concludedOn, from, to)) {
        t.concluded += 1;
        concludedAll += 1;
        for (const id of list(k.parties?.clientIds)) t.persons.set(id, sexOf.get(id) ?? t.persons.get(id) ?? null);
        const worker = k.parties?.worker?.id;
        if (typeof worker === 'string') perWorker.set(worker, (perWorker.get(worker) ?? 0) + 1);
      }
      if (k.ending !== null && within(k.ending?.date, from, to)) {
        if (k.ending.status === 'completed') t.completed += 1;
        else if (k.ending.status === 'terminated') t.terminated += 1;
        else if (k.ending.status === 'expired') t.expired += 1;
      }
    }
    const reached = new Set<string>();
    for (const o of records(c.monitoringData?.outcomes)) if (within(o.date, from, to)) reached.add(o.outcome);
    // outcomes recorded with the closure, dated by it
    const closure = c.closure;
    if (closure != null && within(closure.date, from, to)) for (const o of list(closure.outcomes)) if (typeof o === 'string') reached.add(o);
    for (const o of reached) {
      const row = outcomes.get(o);
      if (row === undefined) continue;
      row.cases += 1;
      row.persons += personsOf(c);
    }
    if (c.closure != null && within(c.closure.date, from, to)) {
      goals.closedCases += 1;
      goals.set += (c.mainGoal ? 1 : 0) + records(c.specificGoals).length;
      goals.achieved += list(c.closure.achievedGoalIds).length;
    }
  }

  return {
    period: { from, to },
    contracts: reportedPlanKinds.map((kind) => {
      const t = tallies.get(kind) as { concluded: number; persons: Map<string, 'female' | 'male' | null>; completed: number; terminated: number; expired: number };
      const sexes = [...t.persons.values()];
      return {
        kind, concluded: t.concluded, persons: sexes.length,
        men: sexes.filter((s) => s === 'male').length, women: sexes.filter((s) => s === 'female').length, sexNotRecorded: sexes.filter((s) => s === null).length,
        completed: t.completed, terminated: t.terminated, expired: t.expired,
      };
    }),
    outcomes: ClosureOutcome.options.map((outcome) => ({ outcome, ...(outcomes.get(outcome) as { cases: number; persons: number }) })),
    goals,
    perSocialWorker: [...perWorker].map(([workerId, concluded]) => ({ workerId, concluded })).sort((a, b) => (a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0)),
    contractsPerSocialWorker: { contracts: concludedAll, workers: perWorker.size },
  };
}
