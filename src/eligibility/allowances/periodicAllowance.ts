import type { CivilDate } from '../../law/civilDate.js';
import { type Grosze, formatPln as pl, grosze, maxGrosze, minGrosze, multiplyRatio } from '../../law/grosze.js';
import { type LocalLaw, localRulesAt } from '../../law/localLaw.js';
import { periodicAllowanceRules } from '../../law/parameters/statutoryRules.js';
import { valueAt } from '../../law/period.js';
import type { Collector } from '../collector.js';
import type { IncomeAssessment } from '../computeIncome.js';
import { outsideAct } from '../computeIncome.js';
import type { PeriodicCapSinglePerson } from '../request.js';
import type { Reason } from '../../law/trace.js';
import { type TraceParameter, param, step } from '../../law/trace.js';
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
  cap: PeriodicCapSinglePerson | undefined,
  c: Collector,
): AmountOutcome | undefined {
  const rule = valueAt(periodicAllowanceRules, asOf);
  if (!rule.ok) {
    c.unsupported.push(outsideAct(asOf));
    return undefined;
  }
  const family = income.householdKind === 'family';
  const n = income.householdSize;
  const crit = grosze(family ? income.criteria.value.perPersonInFamily * n : income.criteria.value.singlePerson);
  const critParam: TraceParameter = param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', income.criteria, crit);
  const { threshold, local } = entitlingThreshold(crit, 'periodicAllowance', localLaw, asOf, c);
  const got = income.familyIncome;
  const below = got < threshold;
  const basis1 = { act: 'ups', article: '38', paragraph: '1', point: family ? '2' : '1' } as const;
  c.trace.push(step({
    rule: 'art38.incomeTest',
    basis: basis1,
    text: {
      pl: `Dochód ${family ? 'rodziny ' : ''}${pl(got)} ${below ? 'niższy od' : 'nie jest niższy od'} ${family ? `kryterium dochodowego rodziny (${n} × ${pl(income.criteria.value.perPersonInFamily)})` : 'kryterium dochodowego osoby samotnie gospodarującej'} ${pl(threshold)}${local ? ' (próg z uchwały gminy)' : ''}.`,
      en: `${family ? 'Family income' : 'Income'} ${pl(got)} ${below ? 'is lower than' : 'is not lower than'} the ${family ? `family criterion (${n} × ${pl(income.criteria.value.perPersonInFamily)})` : 'single-person criterion'} ${pl(threshold)}${local ? " (the gmina's threshold)" : ''}.`,
    },
    inputs: { income: got, householdSize: n },
    parameters: [critParam],
    output: below,
    flags: local ? ['localLaw'] : [],
  }));
  if (!below) {
    c.reasons.push({
      rule: 'art38.incomeTest',
      basis: basis1,
      text: { pl: `Dochód ${pl(got)} nie jest niższy od kryterium ${pl(threshold)}.`, en: `Income ${pl(got)} is not lower than the criterion ${pl(threshold)}.` },
    });
    return undefined;
  }

  const basis2 = { act: 'ups', article: '38', paragraph: '2' } as const;
  if (got >= crit) {
    // Entitled only through the gmina's higher threshold: the act's difference formula gives no amount here.
    const part = {
      rule: 'art38.amountAboveStatutoryCriterion',
      basis: basis2,
      text: {
        pl: `Dochód mieści się między kryterium ustawowym (${pl(crit)}) a progiem z uchwały (${pl(threshold)}): sposób ustalenia kwoty nie wynika z materiału źródłowego — ustala go ośrodek.`,
        en: `The income lies between the statutory criterion (${pl(crit)}) and the gmina's threshold (${pl(threshold)}): how to set the amount does not follow from the reference — the centre sets it.`,
      },
    };
    return { amount: null, bounds: null, unsupportedParts: [part] };
  }

  const difference = grosze(crit - got);
  const localShare = localRulesAt(localLaw, 'raisedPeriodicMinimumShare', asOf)[0];
  const share = localShare?.percentOfDifference ?? rule.value.value.minimumShareOfDifferencePercent;
  const floor = rule.value.value.minimum;
  // "not less than X% of the difference": rounded up, so the minimum is met in full
  const shareAmount = multiplyRatio(difference, share, 100, 'up');
  let min = maxGrosze(shareAmount, floor);
  let max: Grosze = maxGrosze(difference, floor);
  const parts: Reason[] = [];
  const params = [critParam, param('periodicAllowance.minimum', rule.value, floor), param('periodicAllowance.minimumShareOfDifferencePercent', rule.value, rule.value.value.minimumShareOfDifferencePercent)];
  let capText = { pl: '', en: '' };
  if (!family) {
    if (cap === undefined) {
      parts.push({
        rule: 'art38.capSinglePerson',
        basis: { act: 'ups', article: '38', paragraph: '2', point: '1' },
        text: {
          pl: 'Górna granica zasiłku okresowego dla osoby samotnie gospodarującej jest w źródłach sprzeczna (418 zł albo kryterium na osobę w rodzinie) i nie została podana: nie uwzględniono jej.',
          en: 'The cap of the periodic allowance for a single person is reported inconsistently (418 zł, or the per-person criterion) and was not given: it is not applied.',
        },
      });
    } else {
      const capAmount = cap.kind === 'amount' ? cap.amount : income.criteria.value.perPersonInFamily;
      max = minGrosze(max, maxGrosze(capAmount, floor));
      min = minGrosze(min, max);
      capText = {
        pl: `; górna granica dla osoby samotnie gospodarującej ${pl(capAmount)} (wskazana przez ośrodek: ${cap.source})`,
        en: `; single-person cap ${pl(capAmount)} (stated by the centre: ${cap.source})`,
      };
    }
  }
  c.trace.push(step({
    rule: 'art38.amount',
    basis: basis2,
    text: {
      pl: `Różnica ${pl(crit)} − ${pl(got)} = ${pl(difference)}; co najmniej ${share}% różnicy = ${pl(shareAmount)}, nie mniej niż ${pl(floor)}, nie więcej niż różnica${capText.pl} → od ${pl(min)} do ${pl(max)} miesięcznie.`,
      en: `Difference ${pl(crit)} − ${pl(got)} = ${pl(difference)}; at least ${share}% of it = ${pl(shareAmount)}, not less than ${pl(floor)}, at most the difference${capText.en} → from ${pl(min)} to ${pl(max)} a month.`,
    },
    inputs: { income: got, difference, minimumSharePercent: share },
    parameters: params,
    output: min,
    flags: localShare ? ['localLaw'] : [],
  }));
  if (localShare) {
    c.trace.push(step({
      rule: 'art38.localMinimumShare',
      basis: { act: 'ups', article: '38', paragraph: '6' },
      text: {
        pl: `Prawo miejscowe: uchwała nr ${localShare.resolution.number} z ${localShare.resolution.adoptedOn} (${localShare.resolution.source}) podwyższa minimalną kwotę do ${share}% różnicy.`,
        en: `Local law: resolution no. ${localShare.resolution.number} of ${localShare.resolution.adoptedOn} (${localShare.resolution.source}) raises the minimum to ${share}% of the difference.`,
      },
      inputs: { percentOfDifference: share },
      parameters: [],
      output: share,
      flags: ['localLaw'],
    }));
  }
  return { amount: min, bounds: { min, max }, unsupportedParts: parts };
}
