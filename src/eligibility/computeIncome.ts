import type { CivilDate, CivilMonth } from '../law/civilDate.js';
import { type Grosze, grosze, multiplyRatio, sumGrosze } from '../law/grosze.js';
import type { IncomeCriteria } from '../law/parameters/incomeCriteria.js';
import { builtInLaw } from '../law/lawTables.js';
import type { ValueInForce } from '../law/period.js';
import { valueAt } from '../law/period.js';
import type { Household } from '../case/household.js';
import type { IncomeItem } from './incomeItem.js';
import type { IncomeContext } from './income/context.js';
import { receipt } from './income/receipts.js';
import { business, flatRateBusiness } from './income/business.js';
import { farms } from './income/farm.js';
import { maintenancePaid } from './income/maintenance.js';
import { referenceMonth, referenceMonthBasis } from './referenceMonth.js';
import type { EligibilityWarning } from './result.js';
import { legalConstants } from '../law/ups/constants.js';
import { type EligibilityReason, type EligibilityStep, ruleReason, ruleStep } from './rules.js';
import type { IncomeInput } from './income/input.js';

export type { IncomeInput } from './income/input.js';

/**
 * The income of a household in its reference month, with the trace of every item.
 *
 * @example
 * ```ts
 * import { type IncomeAssessment } from 'praca-socjalna';
 * declare const a: IncomeAssessment;
 * a.familyIncome;
 * ```
 * @category Eligibility
 */
export interface IncomeAssessment {
  readonly referenceMonth: CivilMonth;
  readonly householdKind: Household['kind'];
  readonly householdSize: number;
  /** Income of each member after deductions, never below 0. */
  readonly memberIncome: Readonly<Record<string, Grosze>>;
  /** „Dochód rodziny”: the sum of members' incomes (art. 6 pkt 4); for a single person, their income. */
  readonly familyIncome: Grosze;
  /** „Dochód na osobę w rodzinie” (art. 6 pkt 3), rounded half up to the grosz for display; tests compare exactly. */
  readonly incomePerPerson: Grosze;
  readonly criteria: ValueInForce<IncomeCriteria>;
  readonly trace: readonly EligibilityStep[];
  /** Items the SDK could not decide: an unverified kind with no decision of the integrator. */
  readonly unsupported: readonly EligibilityReason[];
  /** Items not counted because of their month, farms with no contribution given, unverified parameters. */
  readonly warnings: readonly EligibilityWarning[];
}

/**
 * Computes the income of a household under art. 8 u.p.s.: reference month; net receipts (gross − tax −
 * contributions); exclusions as data; business and farm income; one-off income above 5 × the criterion
 * spread over 12 months; income due for a period spread over it; alimony paid deducted.
 *
 * @remarks Returns `outside_coverage` for dates before 2004-05-01. Rounding: farm income and per-person
 * income half up to the grosz; spread shares differ by at most a grosz and sum to the whole (the first
 * months take the extra grosze) — the act names no rounding, so these are the SDK's documented choices.
 * @example
 * ```ts
 * import { computeIncome, Household, type CivilDate } from 'praca-socjalna';
 * const household = Household.parse({ id: 'h', kind: 'singlePerson', members: [
 *   { person: { id: 'p', firstName: 'Jan', lastName: 'Nowak', birthDate: '1950-01-01' }, relation: 'applicant' },
 * ] });
 * const r = computeIncome({
 *   asOf: '2025-03-20' as CivilDate, applicationDate: '2025-03-15' as CivilDate, incomeLost: false, household,
 *   items: [{ kind: 'farm', id: 'f', personId: 'p', conversionHectares: '3.5' }],
 * });
 * r.ok && r.value.familyIncome; //=> 160650 (3.5 ha × 459,00 zł)
 * ```
 * @category Eligibility
 */
export function computeIncome(
  input: IncomeInput,
): { readonly ok: true; readonly value: IncomeAssessment } | { readonly ok: false; readonly error: EligibilityReason } {
  const law = input.law ?? builtInLaw;
  const criteria = valueAt(law.incomeCriteria, input.asOf);
  if (!criteria.ok) return { ok: false, error: outsideAct(input.asOf) };
  const month = referenceMonth(input.applicationDate, input.incomeLost);
  const size = input.household.members.length;
  const family = input.household.kind === 'family';
  const trace: EligibilityStep[] = [];
  const unsupported: EligibilityReason[] = [];
  const byPerson = new Map<string, Grosze[]>(input.household.members.map((m) => [m.person.id, []]));
  const add = (personId: string, amount: Grosze) => byPerson.get(personId)?.push(amount);
  const warnings: EligibilityWarning[] = [];
  const outside: { itemId: string; month: CivilMonth }[] = [];
  const payers = new Set<string>();
  if (criteria.value.unverifiedFrom !== undefined) {
    warnings.push({ code: 'parameter_unverified', table: criteria.value.table, unverifiedFrom: criteria.value.unverifiedFrom });
  }
  for (const item of input.items) {
    if (!byPerson.has(item.personId)) {
      return {
        ok: false,
        error: ruleReason('art8.incomeOfNonMember', { act: 'ups', article: '8', paragraph: '3' }, {}),
      };
    }
  }

  trace.push(ruleStep('art8.referenceMonth', referenceMonthBasis, { applicationDate: input.applicationDate, incomeLost: input.incomeLost }, month));

  const lump = valueAt(law.lumpSumRules, input.asOf);
  const criterionForLump = family ? criteria.value.value.perPersonInFamily * size : criteria.value.value.singlePerson;
  const farmItems = input.items.filter((i): i is Extract<IncomeItem, { kind: 'farm' }> => i.kind === 'farm');

  const ctx: IncomeContext = { input, law, month, criteria: criteria.value, lump, criterionForLump, family, trace, unsupported, warnings, outside, payers, add };
  for (const item of input.items) {
    switch (item.kind) {
      case 'receipt': receipt(ctx, item); break;
      case 'business': business(ctx, item); break;
      case 'flatRateBusiness': flatRateBusiness(ctx, item); break;
      case 'farm': break; // summed over the household below: the 1 ha threshold applies to the farm area as a whole
      case 'maintenancePaid': maintenancePaid(ctx, item); break;
    }
  }
  farms(ctx, farmItems);
  if (outside.length > 0) warnings.push({ code: 'income_outside_reference_month', referenceMonth: month, items: outside });

  // Each member's income stops at 0. Alimony a member pays beyond their own income: the law does not settle
  // whether the excess reduces the family's income (REFERENCE.md §0.0 item 12) — the centre's choice.
  const memberIncome: Record<string, Grosze> = Object.create(null) as Record<string, Grosze>;
  let excess = 0;
  const overPaying: string[] = [];
  for (const [personId, amounts] of byPerson) {
    const raw = sumGrosze(amounts);
    if (raw < 0 && payers.has(personId)) {
      excess += -raw;
      overPaying.push(personId);
    }
    memberIncome[personId] = grosze(Math.max(0, raw));
  }
  const choice = input.maintenanceBeyondIncome;
  if (excess > 0) {
    if (choice === undefined) {
      unsupported.push(ruleReason('art8.maintenanceBeyondIncome', { act: 'ups', article: '8', paragraph: '3', point: '3' }, { excess: grosze(excess) }));
    }
    trace.push(ruleStep('art8.maintenanceBeyondIncome', { act: 'ups', article: '8', paragraph: '3', point: '3' }, { excess: grosze(excess), choice: choice ?? null }, grosze(choice === 'wholeFamily' ? -excess : 0), [], ['integratorDecision']));
  }
  const summed = sumGrosze(Object.values(memberIncome));
  const familyIncome = choice === 'wholeFamily' ? grosze(Math.max(0, summed - excess)) : summed;
  const incomePerPerson = multiplyRatio(familyIncome, 1, size, 'halfUp');
  trace.push(
    family
      ? ruleStep('art6.familyIncome', { act: 'ups', article: '6', point: '3' }, { familyIncome, householdSize: size }, incomePerPerson)
      : ruleStep('art8.singlePersonIncome', { act: 'ups', article: '8', paragraph: '3' }, { income: familyIncome }, familyIncome),
  );

  return {
    ok: true,
    value: {
      referenceMonth: month,
      householdKind: input.household.kind,
      householdSize: size,
      memberIncome,
      familyIncome,
      incomePerPerson,
      criteria: criteria.value,
      trace,
      unsupported,
      warnings,
    },
  };
}

/** @internal The reason for any date before the act. */
export function outsideAct(asOf: CivilDate): EligibilityReason {
  return ruleReason('ups.inForce', { act: 'ups' }, { asOf, actInForceFrom: legalConstants.actInForceFrom.value as CivilDate });
}
