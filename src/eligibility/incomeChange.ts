import type { CivilDate } from '../law/civilDate.js';
import { type Grosze, multiplyRatio } from '../law/grosze.js';
import { incomeCriteria } from '../law/parameters/incomeCriteria.js';
import { incomeChangeTolerance } from '../law/parameters/statutoryRules.js';
import { valueAt } from '../law/period.js';
import { outsideAct } from './computeIncome.js';
import { param } from '../law/trace.js';
import { type EligibilityReason, type EligibilityStep, ruleStep } from './rules.js';

/**
 * Whether a change of income during a cash benefit requires recalculating it (art. 106 ust. 3a u.p.s.):
 * not when the change does not exceed 10% of the single-person criterion (a single person) or of the
 * per-person criterion (a family).
 *
 * @example
 * ```ts
 * import { assessIncomeChange, type CivilDate, type Grosze } from 'praca-socjalna';
 * const r = assessIncomeChange({ asOf: '2025-05-01' as CivilDate, householdKind: 'singlePerson', previousIncome: 50000 as Grosze, newIncome: 60100 as Grosze });
 * r.ok && r.value.requiresRecalculation; //=> false (a change of 101,00 zł = 10% of 1010,00 zł)
 * ```
 * @category Eligibility
 */
export function assessIncomeChange(input: {
  readonly asOf: CivilDate;
  readonly householdKind: 'singlePerson' | 'family';
  readonly previousIncome: Grosze;
  readonly newIncome: Grosze;
}): { readonly ok: true; readonly value: { readonly requiresRecalculation: boolean; readonly tolerance: Grosze; readonly change: Grosze; readonly trace: Extract<EligibilityStep, { rule: 'art106.incomeChange' }> } } | { readonly ok: false; readonly error: EligibilityReason } {
  const criteria = valueAt(incomeCriteria, input.asOf);
  const percent = valueAt(incomeChangeTolerance, input.asOf);
  if (!criteria.ok || !percent.ok) return { ok: false, error: outsideAct(input.asOf) };
  const single = input.householdKind === 'singlePerson';
  const crit = single ? criteria.value.value.singlePerson : criteria.value.value.perPersonInFamily;
  const tolerance = multiplyRatio(crit, percent.value.value, 100, 'down');
  const change = Math.abs(input.newIncome - input.previousIncome) as Grosze;
  // "did not exceed 10%": compared exactly, change × 100 ≤ criterion × 10
  const requiresRecalculation = change * 100 > crit * percent.value.value;
  const trace = ruleStep(
    'art106.incomeChange',
    { act: 'ups', article: '106', paragraph: '3a' },
    { previousIncome: input.previousIncome, newIncome: input.newIncome, change, tolerancePercent: percent.value.value, tolerance },
    requiresRecalculation,
    [param(single ? 'incomeCriteria.singlePerson' : 'incomeCriteria.perPersonInFamily', 'grosze', criteria.value, crit), param('incomeChangeTolerance.percent', 'percent', percent.value, percent.value.value)],
  );
  return { ok: true, value: { requiresRecalculation, tolerance, change, trace } };
}
