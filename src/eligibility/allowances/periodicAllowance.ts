import type { CivilDate } from '../../law/civilDate.js';
import { type Grosze, grosze, maxGrosze, minGrosze, multiplyRatio } from '../../law/grosze.js';
import { type LocalLaw, localRulesAt } from '../../law/localLaw.js';
import { type LawTables, builtInLaw } from '../../law/lawTables.js';
import { valueAt } from '../../law/period.js';
import type { Collector } from '../collector.js';
import type { IncomeAssessment } from '../computeIncome.js';
import { outsideAct } from '../computeIncome.js';
import type { PeriodicCapChangeDay, PeriodicCapSinglePerson } from '../request.js';
import { periodicCapWindow } from '../../law/ups/art38.js';
import { noteUnverified } from './unverified.js';
import { type TraceParameter, param } from '../../law/trace.js';
import { type EligibilityReason, ruleReason, ruleStep } from '../rules.js';
import type { AmountOutcome } from './amount.js';
import { entitlingThreshold } from './localThreshold.js';

/**
 * @internal Zasiłek okresowy (art. 38 u.p.s.): income strictly lower than the criterion (single person) or
 * the family criterion; at least the minimum share (50%, or the gmina's higher share) of the difference,
 * never under 20 zł, at most the difference — and, for a single person, the cap the integrator states.
 */
export function assessPeriodicAllowance(
  asOf: CivilDate,
  income: IncomeAssessment,
  localLaw: LocalLaw | undefined,
  cap: { readonly stated: PeriodicCapSinglePerson | undefined; readonly changeDay: PeriodicCapChangeDay | undefined },
  c: Collector,
  law: LawTables = builtInLaw,
): AmountOutcome | undefined {
  const rule = valueAt(law.periodicAllowanceRules, asOf);
  const shares = valueAt(law.periodicMinimumShare, asOf);
  if (!rule.ok || !shares.ok) {
    c.unsupported.push(outsideAct(asOf));
    return undefined;
  }
  const family = income.householdKind === 'family';
  const n = income.householdSize;
  const crit = grosze(family ? income.criteria.value.perPersonInFamily * n : income.criteria.value.singlePerson);
  const critParam: TraceParameter = param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', 'grosze', income.criteria, crit);
  const { threshold, local } = entitlingThreshold(crit, 'periodicAllowance', localLaw, asOf, c);
  const got = income.familyIncome;
  const below = got < threshold;
  const basis1 = { act: 'ups', article: '38', paragraph: '1', point: family ? '2' : '1' } as const;
  c.trace.push(ruleStep(
    'art38.incomeTest',
    basis1,
    { family, income: got, householdSize: n, perPersonCriterion: income.criteria.value.perPersonInFamily, threshold, local },
    below,
    [critParam],
    local ? ['localLaw'] : [],
  ));
  if (!below) {
    c.reasons.push(ruleReason('art38.incomeTest', basis1, { income: got, threshold }));
    return undefined;
  }

  const basis2 = { act: 'ups', article: '38', paragraph: '2' } as const;
  if (got >= crit) {
    // Entitled only through the gmina's higher threshold: the act's difference formula gives no amount here.
    const part = ruleReason('art38.amountAboveStatutoryCriterion', basis2, { criterion: crit, threshold });
    return { amount: null, bounds: null, unsupportedParts: [part] };
  }

  const difference = grosze(crit - got);
  const localShare = localRulesAt(localLaw, 'raisedPeriodicMinimumShare', asOf)[0];
  noteUnverified(c, rule.value, shares.value);
  const statutoryShare = family ? shares.value.value.familyPercent : shares.value.value.singlePersonPercent;
  const share = localShare?.percentOfDifference ?? statutoryShare;
  const floor = rule.value.value.minimum;
  // "not less than X% of the difference": rounded up, so the minimum is met in full
  const shareAmount = multiplyRatio(difference, share, 100, 'up');
  let min = maxGrosze(shareAmount, floor);
  let max: Grosze = maxGrosze(difference, floor);
  const parts: EligibilityReason[] = [];
  const params = [critParam, param('periodicAllowance.minimum', 'grosze', rule.value, floor), param(family ? 'periodicMinimumShare.familyPercent' : 'periodicMinimumShare.singlePersonPercent', 'percent', shares.value, statutoryShare)];
  let capOrigin: 'centreAmount' | 'centreCriterion' | 'actAmount' | 'actCriterion' | 'oldWordingByCentreDay' | 'newWordingByCentreDay' | null = null;
  let unknownCap = false;
  let capAmount: Grosze | undefined;
  if (!family) {
    const capBasis = { act: 'ups', article: '38', paragraph: '2', point: '1' } as const;
    const dated = valueAt(law.periodicCapSinglePerson, asOf);
    if (cap.stated !== undefined) {
      capAmount = cap.stated.kind === 'amount' ? cap.stated.amount : income.criteria.value.perPersonInFamily;
      capOrigin = cap.stated.kind === 'amount' ? 'centreAmount' : 'centreCriterion';
    } else if (dated.ok && dated.value.value.kind !== 'unknown') {
      const v = dated.value.value;
      capAmount = v.kind === 'amount' ? v.amount : income.criteria.value.perPersonInFamily;
      params.push(param('periodicCapSinglePerson', 'grosze', dated.value, capAmount));
      capOrigin = v.kind === 'amount' ? 'actAmount' : 'actCriterion';
    } else if (cap.changeDay !== undefined) {
      const newWording = asOf >= cap.changeDay.date;
      const old = valueAt(law.periodicCapSinglePerson, periodicCapWindow.lastDayOfOldCap as CivilDate);
      const oldAmount = old.ok && old.value.value.kind === 'amount' ? old.value.value.amount : undefined;
      capAmount = newWording ? income.criteria.value.perPersonInFamily : oldAmount;
      capOrigin = newWording ? 'newWordingByCentreDay' : 'oldWordingByCentreDay';
    } else {
      unknownCap = true;
      const old = valueAt(law.periodicCapSinglePerson, periodicCapWindow.lastDayOfOldCap as CivilDate);
      parts.push(ruleReason('art38.capSinglePerson', capBasis, {
        previousCap: old.ok && old.value.value.kind === 'amount' ? old.value.value.amount : null,
        previousCapUntil: periodicCapWindow.lastDayOfOldCap as CivilDate,
        newCapFrom: periodicCapWindow.firstDayOfNewCap as CivilDate,
      }));
    }
    if (capAmount !== undefined) {
      max = minGrosze(max, maxGrosze(capAmount, floor));
      min = minGrosze(min, max);
    }
  }
  c.trace.push(ruleStep(
    'art38.amount',
    basis2,
    {
      criterion: crit, income: got, difference, minimumSharePercent: share, shareAmount, floor,
      cap: capAmount ?? null, capOrigin, capStatedBy: cap.stated?.source ?? (capOrigin === 'oldWordingByCentreDay' || capOrigin === 'newWordingByCentreDay' ? cap.changeDay?.source ?? null : null),
      capChangeDay: capOrigin === 'oldWordingByCentreDay' || capOrigin === 'newWordingByCentreDay' ? cap.changeDay?.date ?? null : null,
      minimum: min, maximum: unknownCap ? null : max,
    },
    min,
    params,
    localShare ? ['localLaw'] : [],
  ));
  if (localShare) {
    c.trace.push(ruleStep(
      'art38.localMinimumShare',
      { act: 'ups', article: '38', paragraph: '6' },
      { resolution: localShare.resolution.number, adoptedOn: localShare.resolution.adoptedOn, publishedIn: localShare.resolution.source, percentOfDifference: share },
      share,
      [],
      ['localLaw'],
    ));
  }
  return { amount: min, bounds: { min, max: unknownCap ? null : max }, unsupportedParts: parts };
}
