import type { AssistantKind } from '../case/actor.js';
import type { CivilDate } from '../law/civilDate.js';
import type { RecordedOutcome } from './closureOutcome.js';
import type { Rhythm } from './policy.js';

/**
 * What monitoring reads from a case state: the fields of the one-stream `CaseState` it needs, typed
 * structurally, so a state the SDK produced can be passed as it is (no replay), and a hand-built object
 * in tests and benchmarks works too.
 *
 * @remarks This file is the adapter between the case state and monitoring: if the state's shape moves,
 * only this file follows it. `monitoringData` holds what the stream does not record yet (see
 * {@link CaseMonitoringData}).
 * @example
 * ```ts
 * import { type CaseView } from 'praca-socjalna';
 * const c: CaseView = {
 *   caseId: 'c-1', stage: 'monitoring', openedOn: '2025-01-13' as never, owner: { id: 'sw-anna', role: 'socialWorker' },
 *   household: { members: [{ person: { id: 'p-marek', sex: 'male' } }] }, interview: { date: '2025-01-20' as never },
 *   mainGoal: null, specificGoals: [], actions: [], contracts: [], procedures: [], team: [], meetings: [], closure: null,
 * };
 * ```
 * @category Monitoring
 */
export interface CaseView {
  readonly caseId: string;
  readonly stage: string;
  readonly openedOn: CivilDate;
  readonly owner: { readonly id: string; readonly role: string };
  readonly household: { readonly members: readonly { readonly person: { readonly id: string; readonly sex?: 'female' | 'male' | undefined } }[] };
  readonly interview: { readonly date: CivilDate } | null;
  readonly mainGoal: { readonly id: string } | null;
  readonly specificGoals: readonly { readonly id: string }[];
  readonly actions: readonly {
    readonly id: string;
    readonly deadline: CivilDate | null;
    readonly status: string;
    readonly responsible: { readonly kind: string; readonly assistantKind?: AssistantKind | undefined } | null;
  }[];
  readonly contracts: readonly ContractView[];
  readonly procedures: readonly { readonly procedureId: string; readonly stage: string; readonly hearing: { readonly status: string; readonly deadline?: CivilDate | undefined } }[];
  readonly team: readonly {
    readonly assignmentId: string;
    readonly member: { readonly id: string; readonly role: string; readonly assistantKind?: AssistantKind | undefined };
    readonly from: CivilDate;
    readonly to: CivilDate | null;
  }[];
  readonly meetings: readonly { readonly date: CivilDate; readonly attendance: string; readonly staffIds: readonly string[]; readonly author: { readonly id: string } }[];
  readonly closure: { readonly date: CivilDate; readonly reason: string; readonly achievedGoalIds: readonly string[] } | null;
  readonly monitoringData?: CaseMonitoringData | undefined;
}

/**
 * A contract as monitoring reads it from the case state: kind, status, parties, period, review cadence,
 * reviews and ending.
 *
 * @example
 * ```ts
 * import { type ContractView } from 'praca-socjalna';
 * declare const k: ContractView;
 * k.content.evaluation.everyDays;
 * ```
 * @category Monitoring
 */
export interface ContractView {
  readonly contractId: string;
  readonly kind: string;
  readonly status: string;
  readonly parties: { readonly clientIds: readonly string[]; readonly worker: { readonly id: string } };
  readonly concludedOn: CivilDate | null;
  readonly inForceFrom: CivilDate | null;
  readonly content: { readonly period: { readonly from: CivilDate; readonly to: CivilDate }; readonly evaluation: { readonly everyDays: number } };
  readonly versions: readonly { readonly effectiveFrom: CivilDate; readonly content: { readonly period: { readonly to: CivilDate } } }[];
  readonly reviews: readonly { readonly date: CivilDate }[];
  readonly ending: { readonly date: CivilDate; readonly status: string } | null;
}

/**
 * Facts monitoring needs that the case stream does not record yet; a vendor passes them beside the state
 * until events carry them.
 *
 * @remarks
 * - `homelessSince`: since when the person has been homeless, as the diagnosis found (IPWzB §2 template:
 *   "length of homelessness"); used by the programme-length policy.
 * - `permanentHelp`, `reappliedOn`, `dataChangedOn`: the art. 107 ust. 4 u.p.s. triggers for updating the interview.
 * - `applications`: applications for benefits awaiting a decision (k.p.a. art. 35 § 3).
 * - `agreedRhythms`: the meeting rhythm agreed with the family for an assignment (family assistant).
 * - `outcomes`: dated {@link ClosureOutcome}s.
 * @example
 * ```ts
 * import { type CaseMonitoringData } from 'praca-socjalna';
 * const d: CaseMonitoringData = { homelessSince: '2022-01-10' as never, outcomes: [{ outcome: 'openMarketJob', date: '2025-09-01' as never }] };
 * ```
 * @category Monitoring
 */
export interface CaseMonitoringData {
  readonly homelessSince?: CivilDate | null | undefined;
  readonly permanentHelp?: boolean | undefined;
  readonly reappliedOn?: CivilDate | null | undefined;
  readonly dataChangedOn?: CivilDate | null | undefined;
  readonly applications?: readonly { readonly id: string; readonly initiatedOn: CivilDate; readonly complicated: boolean; readonly decidedOn: CivilDate | null }[] | undefined;
  readonly agreedRhythms?: readonly { readonly assignmentId: string; readonly rhythm: Rhythm; readonly agreedOn: CivilDate }[] | undefined;
  readonly outcomes?: readonly RecordedOutcome[] | undefined;
}

/** @internal An array field of a case, or an empty one when a caller from JavaScript left it out. */
export function list<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * @internal The elements of an array field that are objects: the array itself when all are (one scan, no
 * copy), otherwise a filtered copy, so a caller from JavaScript with `null` in a list cannot make a read throw.
 */
export function records<T>(value: readonly T[] | undefined | null): readonly T[] {
  if (!Array.isArray(value)) return [];
  for (const x of value) if (typeof x !== 'object' || x === null) return value.filter((y) => typeof y === 'object' && y !== null);
  return value;
}

/** @internal Whether a value looks enough like a case view to be read (an object with a string id). */
export function isCaseView(value: unknown): value is CaseView {
  return typeof value === 'object' && value !== null && typeof (value as { caseId?: unknown }).caseId === 'string';
}

/** @internal Whether the case is closed on a date. */
export function closedOn(c: CaseView, asOf: CivilDate): boolean {
  return c.closure != null && c.closure.date <= asOf;
}

/** @internal The team assignments in force on a date (the owner is not among them). */
export function assignmentsOn(c: CaseView, asOf: CivilDate): CaseView['team'] {
  return records(c.team).filter((t) => typeof t.member === 'object' && t.member !== null && typeof t.from === 'string' && t.from <= asOf && (t.to === null || t.to >= asOf));
}

/** @internal The last day of a contract's period as its latest annex in force on a date sets it. */
export function contractEnd(k: ContractView, asOf: CivilDate): CivilDate {
  let end = k.content?.period?.to;
  for (const v of records(k.versions)) if (v.effectiveFrom <= asOf) end = v.content?.period?.to;
  return k.ending?.date ?? end ?? ('' as CivilDate);
}

/** @internal The number of persons in the household. */
export function personsOf(c: CaseView): number {
  return records(c.household?.members).length;
}
