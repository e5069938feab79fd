import type { CivilDate } from '../law/civilDate.js';
import type { Action } from '../case/action.js';
import type { Goal } from '../case/goal.js';
import type { Limitation } from '../case/limitation.js';
import type { Problem } from '../case/problem.js';
import type { Resource } from '../case/resource.js';
import type { CentreSupport, ContractContent, UnemploymentDiagnosis } from './contractContent.js';

/**
 * The content of a contract drafted from a case: the assessment (causes, resources, limitations), the
 * main and specific goals and the live actions are taken from the process stages — not typed twice.
 *
 * @remarks The worker adds what the process does not hold: the centre's support, the period, how and how
 * often the plan is evaluated, and for variant B the unemployment diagnosis. A main goal is required
 * (the process machine guarantees one at the contract stage); `undefined` without it.
 * @example
 * ```ts
 * import { draftContractFromCase, type CaseState, type CivilDate } from 'praca-socjalna';
 * declare const state: CaseState; // at the contract stage
 * const content = draftContractFromCase(state, {
 *   period: { from: '2025-02-03' as CivilDate, to: '2026-01-31' as CivilDate },
 *   centreSupport: [{ form: 'praca socjalna', scope: 'spotkania z asystentem', time: 'raz w tygodniu' }],
 *   evaluation: { method: 'spotkania ewaluacyjne', everyDays: 14 },
 * });
 * ```
 * @category Contract
 */
export function draftContractFromCase(
  state: {
    readonly problems: readonly Problem[];
    readonly resources: readonly Resource[];
    readonly limitations: readonly Limitation[];
    readonly assessment: string | null;
    readonly mainGoal: Goal | null;
    readonly specificGoals: readonly Goal[];
    readonly actions: readonly Action[];
  },
  options: {
    readonly period: { readonly from: CivilDate; readonly to: CivilDate };
    readonly centreSupport: readonly CentreSupport[];
    readonly evaluation: { readonly method: string; readonly everyDays: number };
    readonly unemployment?: UnemploymentDiagnosis | undefined;
  },
): ContractContent | undefined {
  if (state.mainGoal === null) return undefined;
  return {
    assessment: { causes: [...state.problems], resources: [...state.resources], limitations: [...state.limitations], summary: state.assessment },
    unemployment: options.unemployment ?? null,
    mainGoal: state.mainGoal,
    specificGoals: [...state.specificGoals],
    actions: state.actions.filter((a) => a.status !== 'cancelled'),
    centreSupport: [...options.centreSupport],
    period: { ...options.period },
    evaluation: { ...options.evaluation },
  };
}
