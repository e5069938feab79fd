import type { CivilDate } from '../../law/civilDate.js';
import { formatPlnPl as pl } from '../../i18n/pln.js';
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
  noteUnverified(c, rule.value, shares.value);
  const statutoryShare = family ? shares.value.value.familyPercent : shares.value.value.singlePersonPercent;
  const share = localShare?.percentOfDifference ?? statutoryShare;
  const floor = rule.value.value.minimum;
  // "not less than X% of the difference": rounded up, so the minimum is met in full
  const shareAmount = multiplyRatio(difference, share, 100, 'up');
  let min = maxGrosze(shareAmount, floor);
  let max: Grosze = maxGrosze(difference, floor);
  const parts: Reason[] = [];
  const params = [critParam, param('periodicAllowance.minimum', rule.value, floor), param(family ? 'periodicMinimumShare.familyPercent' : 'periodicMinimumShare.singlePersonPercent', shares.value, statutoryShare)];
  let capText = { pl: '', en: '' };
  let unknownCap = false;
  if (!family) {
    const capBasis = { act: 'ups', article: '38', paragraph: '2', point: '1' } as const;
    const dated = valueAt(law.periodicCapSinglePerson, asOf);
    let capAmount: Grosze | undefined;
    if (cap.stated !== undefined) {
      capAmount = cap.stated.kind === 'amount' ? cap.stated.amount : income.criteria.value.perPersonInFamily;
      capText = {
        pl: `; górna granica dla osoby samotnie gospodarującej ${pl(capAmount)} (wskazana przez ośrodek: ${cap.stated.source})`,
        en: `; single-person cap ${pl(capAmount)} (stated by the centre: ${cap.stated.source})`,
      };
    } else if (dated.ok && dated.value.value.kind !== 'unknown') {
      const v = dated.value.value;
      capAmount = v.kind === 'amount' ? v.amount : income.criteria.value.perPersonInFamily;
      params.push(param('periodicCapSinglePerson', dated.value, capAmount));
      capText = {
        pl: `; górna granica dla osoby samotnie gospodarującej ${pl(capAmount)} (${v.kind === 'amount' ? 'kwota z ustawy' : 'kryterium dochodowe na osobę w rodzinie'}, art. 38 ust. 2 pkt 1)`,
        en: `; single-person cap ${pl(capAmount)} (${v.kind === 'amount' ? 'the amount in the act' : 'the per-person criterion'}, art. 38 ust. 2 pkt 1)`,
      };
    } else if (cap.changeDay !== undefined) {
      const newWording = asOf >= cap.changeDay.date;
      const old = valueAt(law.periodicCapSinglePerson, periodicCapWindow.lastDayOfOldCap as CivilDate);
      const oldAmount = old.ok && old.value.value.kind === 'amount' ? old.value.value.amount : undefined;
      capAmount = newWording ? income.criteria.value.perPersonInFamily : oldAmount;
      capText = {
        pl: `; górna granica dla osoby samotnie gospodarującej ${capAmount === undefined ? '?' : pl(capAmount)} (${newWording ? 'nowe brzmienie' : 'dawne brzmienie'} art. 38 ust. 2 pkt 1 od dnia wskazanego przez ośrodek, ${cap.changeDay.date}: ${cap.changeDay.source})`,
        en: `; single-person cap ${capAmount === undefined ? '?' : pl(capAmount)} (${newWording ? 'the new' : 'the old'} wording of art. 38 ust. 2 pkt 1, by the day the centre established, ${cap.changeDay.date}: ${cap.changeDay.source})`,
      };
    } else {
      unknownCap = true;
      parts.push({
        rule: 'art38.capSinglePerson',
        basis: capBasis,
        text: {
          pl: 'Górna granica zasiłku okresowego dla osoby samotnie gospodarującej w tym dniu nie jest znana: ustawa z 15 kwietnia 2021 r. zastąpiła kwotę 418 zł kryterium dochodowym na osobę w rodzinie, ale dzień wejścia zmiany w życie nie został ustalony. Ośrodek musi wskazać ten dzień; do tego czasu górna granica nie jest podana.',
          en: 'The single-person cap of the periodic allowance on this day is not known: the act of 15 April 2021 replaced 418 zł with the per-person criterion, but the day the change came into force was not established. The centre must state that day; until then no upper bound is given.',
        },
      });
    }
    if (capAmount !== undefined) {
      max = minGrosze(max, maxGrosze(capAmount, floor));
      min = minGrosze(min, max);
    }
  }
  c.trace.push(step({
    rule: 'art38.amount',
    basis: basis2,
    text: {
      pl: `Różnica ${pl(crit)} − ${pl(got)} = ${pl(difference)}; co najmniej ${share}% różnicy = ${pl(shareAmount)}, nie mniej niż ${pl(floor)}, nie więcej niż różnica${capText.pl} → ${unknownCap ? `co najmniej ${pl(min)} miesięcznie; górna granica nieustalona` : `od ${pl(min)} do ${pl(max)} miesięcznie`}.`,
      en: `Difference ${pl(crit)} − ${pl(got)} = ${pl(difference)}; at least ${share}% of it = ${pl(shareAmount)}, not less than ${pl(floor)}, at most the difference${capText.en} → ${unknownCap ? `at least ${pl(min)} a month; the upper bound is not known` : `from ${pl(min)} to ${pl(max)} a month`}.`,
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
  return { amount: min, bounds: { min, max: unknownCap ? null : max }, unsupportedParts: parts };
}
