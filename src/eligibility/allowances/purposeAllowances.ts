import type { CivilDate } from '../../law/civilDate.js';
import { grosze } from '../../law/grosze.js';
import type { LocalLaw } from '../../law/localLaw.js';
import type { Problem } from '../../case/problem.js';
import type { Collector } from '../collector.js';
import type { IncomeAssessment } from '../computeIncome.js';
import { param } from '../../law/trace.js';
import { ruleReason, ruleStep } from '../rules.js';
import type { AmountOutcome } from './amount.js';
import { entitlingThreshold } from './localThreshold.js';

const noStatutoryAmount = ruleReason('art39.amount', { act: 'ups', article: '39' }, {});

/** @internal Zasiłek celowy (art. 39): income does not exceed the criterion (art. 8 „nie przekracza”), or the gmina's threshold. */
export function assessPurposeAllowance(asOf: CivilDate, income: IncomeAssessment, localLaw: LocalLaw | undefined, c: Collector): AmountOutcome | undefined {
  const family = income.householdKind === 'family';
  const n = income.householdSize;
  const crit = grosze(family ? income.criteria.value.perPersonInFamily * n : income.criteria.value.singlePerson);
  const { threshold, local } = entitlingThreshold(crit, 'purposeAllowance', localLaw, asOf, c);
  const within = income.familyIncome <= threshold;
  const basis = { act: 'ups', article: '8', paragraph: '1', point: family ? '3' : '1' } as const;
  c.trace.push(ruleStep(
    'art8.incomeTest',
    basis,
    { family, income: income.familyIncome, threshold, local },
    within,
    [param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', 'grosze', income.criteria, crit)],
    local ? ['localLaw'] : [],
  ));
  if (!within) {
    c.reasons.push(ruleReason('art8.incomeTest', basis, { income: income.familyIncome, threshold }));
    return undefined;
  }
  return { amount: null, bounds: null, unsupportedParts: [noStatutoryAmount] };
}

/** @internal Zasiłek celowy after a random event (art. 40 ust. 1) or a disaster (ust. 2): regardless of income. */
export function assessRandomEventAllowance(problems: readonly Problem[], c: Collector): AmountOutcome | undefined {
  const event = problems.find((p) => p.ground === 'randomEvent' || p.ground === 'disaster');
  const basis = { act: 'ups', article: '40', paragraph: event?.ground === 'disaster' ? '2' : '1' } as const;
  c.trace.push(ruleStep('art40.loss', basis, { event: event?.ground ?? null, description: event?.description ?? null }, event !== undefined));
  if (!event) {
    c.reasons.push(ruleReason('art40.loss', basis, {}));
    return undefined;
  }
  return { amount: null, bounds: null, unsupportedParts: [noStatutoryAmount] };
}

/** @internal Specjalny zasiłek celowy (art. 41 pkt 1): income above the criterion, particularly justified case, up to the criterion. */
export function assessSpecialPurposeAllowance(income: IncomeAssessment, particularlyJustified: boolean | undefined, c: Collector): AmountOutcome | undefined {
  const family = income.householdKind === 'family';
  const n = income.householdSize;
  const crit = grosze(family ? income.criteria.value.perPersonInFamily * n : income.criteria.value.singlePerson);
  const above = income.familyIncome > crit;
  const basis = { act: 'ups', article: '41', point: '1' } as const;
  c.trace.push(ruleStep(
    'art41.incomeAbove',
    basis,
    { income: income.familyIncome, criterion: crit, particularlyJustified: particularlyJustified ?? null },
    above && particularlyJustified === true,
    [param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', 'grosze', income.criteria, crit)],
  ));
  if (!above) {
    c.reasons.push(ruleReason('art41.incomeAbove', basis, {}));
  }
  if (particularlyJustified !== true) {
    c.reasons.push(ruleReason('art41.justified', basis, {}));
  }
  if (!above || particularlyJustified !== true) return undefined;
  c.trace.push(ruleStep('art41.amount', basis, { criterion: crit }, crit));
  return { amount: null, bounds: { min: null, max: crit } };
}
