import type { CivilDate } from '../../law/civilDate.js';
import { formatPlnPl as pl } from '../../i18n/pln.js';
import { grosze } from '../../law/grosze.js';
import type { LocalLaw } from '../../law/localLaw.js';
import type { Problem } from '../../case/problem.js';
import type { Collector } from '../collector.js';
import type { IncomeAssessment } from '../computeIncome.js';
import { param, step } from '../../law/trace.js';
import type { AmountOutcome } from './amount.js';
import { entitlingThreshold } from './localThreshold.js';

const noStatutoryAmount = {
  rule: 'art39.amount',
  basis: { act: 'ups', article: '39' },
  text: {
    pl: 'Ustawa nie określa najniższej ani najwyższej kwoty zwykłego zasiłku celowego (materiał źródłowy: nie znaleziono, R): kwotę ustala ośrodek według potrzeby.',
    en: 'The act sets no minimum or maximum for an ordinary purpose allowance (reference: none found, R): the centre sets the amount by need.',
  },
} as const;

/** @internal Zasiłek celowy (art. 39): income does not exceed the criterion (art. 8 „nie przekracza”), or the gmina's threshold. */
export function assessPurposeAllowance(asOf: CivilDate, income: IncomeAssessment, localLaw: LocalLaw | undefined, c: Collector): AmountOutcome | undefined {
  const family = income.householdKind === 'family';
  const n = income.householdSize;
  const crit = grosze(family ? income.criteria.value.perPersonInFamily * n : income.criteria.value.singlePerson);
  const { threshold, local } = entitlingThreshold(crit, 'purposeAllowance', localLaw, asOf, c);
  const within = income.familyIncome <= threshold;
  const basis = { act: 'ups', article: '8', paragraph: '1', point: family ? '3' : '1' } as const;
  c.trace.push(step({
    rule: 'art8.incomeTest',
    basis,
    text: {
      pl: `Dochód ${pl(income.familyIncome)} ${within ? 'nie przekracza' : 'przekracza'} ${family ? 'kryterium dochodowego rodziny' : 'kryterium dochodowego osoby samotnie gospodarującej'} ${pl(threshold)}${local ? ' (próg z uchwały gminy)' : ''}.`,
      en: `Income ${pl(income.familyIncome)} ${within ? 'does not exceed' : 'exceeds'} the ${family ? 'family criterion' : 'single-person criterion'} ${pl(threshold)}${local ? " (the gmina's threshold)" : ''}.`,
    },
    inputs: { income: income.familyIncome, householdSize: n },
    parameters: [param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', income.criteria, crit)],
    output: within,
    flags: local ? ['localLaw'] : [],
  }));
  if (!within) {
    c.reasons.push({
      rule: 'art8.incomeTest',
      basis,
      text: {
        pl: `Dochód ${pl(income.familyIncome)} przekracza kryterium ${pl(threshold)}; w szczególnie uzasadnionym przypadku możliwy specjalny zasiłek celowy (art. 41 u.p.s.).`,
        en: `Income ${pl(income.familyIncome)} exceeds the criterion ${pl(threshold)}; in a particularly justified case a special purpose allowance is possible (art. 41 u.p.s.).`,
      },
    });
    return undefined;
  }
  return { amount: null, bounds: null, unsupportedParts: [noStatutoryAmount] };
}

/** @internal Zasiłek celowy after a random event (art. 40 ust. 1) or a disaster (ust. 2): regardless of income. */
export function assessRandomEventAllowance(problems: readonly Problem[], c: Collector): AmountOutcome | undefined {
  const event = problems.find((p) => p.ground === 'randomEvent' || p.ground === 'disaster');
  const basis = { act: 'ups', article: '40', paragraph: event?.ground === 'disaster' ? '2' : '1' } as const;
  c.trace.push(step({
    rule: 'art40.loss',
    basis,
    text: event
      ? { pl: `Straty w wyniku ${event.ground === 'disaster' ? 'klęski żywiołowej lub ekologicznej' : 'zdarzenia losowego'}: ${event.description}. Zasiłek może być przyznany niezależnie od dochodu i może nie podlegać zwrotowi.`, en: `Losses from ${event.ground === 'disaster' ? 'a natural or ecological disaster' : 'a random event'}: ${event.description}. It may be granted regardless of income and may be non-repayable.` }
      : { pl: 'Brak zdiagnozowanego zdarzenia losowego ani klęski (art. 7 pkt 14–15).', en: 'No random event or disaster diagnosed (art. 7 pkt 14–15).' },
    inputs: { grounds: problems.map((p) => p.ground).join(', ') },
    parameters: [],
    output: event !== undefined,
  }));
  if (!event) {
    c.reasons.push({ rule: 'art40.loss', basis, text: { pl: 'Art. 40 wymaga strat w wyniku zdarzenia losowego albo klęski żywiołowej lub ekologicznej.', en: 'Art. 40 requires losses from a random event or a natural or ecological disaster.' } });
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
  c.trace.push(step({
    rule: 'art41.incomeAbove',
    basis,
    text: {
      pl: `Dochód ${pl(income.familyIncome)} ${above ? 'przekracza' : 'nie przekracza'} kryterium ${pl(crit)}; szczególnie uzasadniony przypadek: ${particularlyJustified ? 'stwierdzony' : 'niestwierdzony'}.`,
      en: `Income ${pl(income.familyIncome)} ${above ? 'exceeds' : 'does not exceed'} the criterion ${pl(crit)}; particularly justified case: ${particularlyJustified ? 'established' : 'not established'}.`,
    },
    inputs: { income: income.familyIncome, particularlyJustified: particularlyJustified ?? null },
    parameters: [param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', income.criteria, crit)],
    output: above && particularlyJustified === true,
  }));
  if (!above) {
    c.reasons.push({ rule: 'art41.incomeAbove', basis, text: { pl: 'Dochód nie przekracza kryterium: właściwy jest zwykły zasiłek celowy (art. 39).', en: 'The income does not exceed the criterion: the ordinary purpose allowance applies (art. 39).' } });
  }
  if (particularlyJustified !== true) {
    c.reasons.push({ rule: 'art41.justified', basis, text: { pl: 'Nie stwierdzono szczególnie uzasadnionego przypadku.', en: 'No particularly justified case was established.' } });
  }
  if (!above || particularlyJustified !== true) return undefined;
  c.trace.push(step({
    rule: 'art41.amount',
    basis,
    text: { pl: `Kwota nie może przekroczyć kryterium: do ${pl(crit)}; zasiłek nie podlega zwrotowi.`, en: `The amount may not exceed the criterion: up to ${pl(crit)}; it is not repayable.` },
    inputs: {},
    parameters: [],
    output: crit,
  }));
  return { amount: null, bounds: { min: null, max: crit } };
}
