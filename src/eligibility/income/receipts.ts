import { type Grosze, grosze } from '../../law/grosze.js';
import { valueAt } from '../../law/period.js';
import { type Bilingual, type TraceFlag, step } from '../../law/trace.js';
import { incomeTreatments } from '../incomeSource.js';
import type { IncomeContext, ReceiptItem } from './context.js';
import { pl, srcEn, srcPl } from './words.js';
import { dueForPeriod, spreadOneOff } from './lumpSums.js';

/**
 * @internal A receipt (przychód), art. 8 ust. 3–4 u.p.s.: its treatment on the day (counted, excluded by
 * ust. 4 or another act, left to the centre), then the net amount (gross − tax − contributions) of the
 * reference month; income due for a period and one-off income go to the rules of ust. 11–12.
 */
export function receipt(ctx: IncomeContext, item: ReceiptItem): void {
  const { input, month, trace, unsupported, outside, add } = ctx;
  const inForce = valueAt(incomeTreatments[item.source], input.asOf);
  const treatment = inForce.ok ? inForce.value.value : undefined;
  const net = grosze(item.gross - item.incomeTax - item.healthContribution - item.socialContributions);
  const decision = input.unverifiedDecisions?.[item.source];
  if (treatment === undefined) {
    unsupported.push({
      rule: 'art8.kindNotInForce',
      basis: { act: 'ups', article: '8', paragraph: '4' },
      text: {
        pl: `${srcPl(item.source)}: według materiału źródłowego takie świadczenie nie istniało w dniu ${input.asOf}: sprawdź rodzaj pozycji.`,
        en: `${srcEn(item.source)}: according to the reference this benefit did not exist on ${input.asOf}: check the kind of the item.`,
      },
    });
    return;
  }
  if (treatment.treatment === 'excludedForCashBenefits' && input.forCashBenefit === undefined) {
    unsupported.push({
      rule: 'art8.cashBenefitOnly',
      basis: treatment.basis,
      text: {
        pl: `Świadczenie uzupełniające nie jest dochodem przy świadczeniach pieniężnych, a jest przy innych formach pomocy (art. 8 ust. 4a): wskaż, o jaką pomoc chodzi.`,
        en: `The supplementary benefit is not income for cash benefits and is income for other help (art. 8 ust. 4a): say which help is decided.`,
      },
    });
    return;
  }
  if (treatment.treatment === 'excluded' || (treatment.treatment === 'excludedForCashBenefits' && input.forCashBenefit === true)) {
    trace.push(step({
      rule: 'art8.excluded',
      basis: treatment?.basis ?? { act: 'ups', article: '8', paragraph: '4' },
      text: { pl: `${srcPl(item.source)}: nie wlicza się do dochodu (${treatment.note}).`, en: `${srcEn(item.source)}: not counted as income.` },
      inputs: { item: item.id, source: item.source, gross: item.gross },
      parameters: [],
      output: 0,
    }));
    return;
  }
  if (treatment.treatment === 'unverified' && decision === undefined) {
    unsupported.push({
      rule: 'art8.unverifiedIncome',
      basis: treatment.basis,
      text: {
        pl: `${srcPl(item.source)}: traktowanie tego świadczenia jako dochodu nie jest zweryfikowane (${treatment.note}); ośrodek musi rozstrzygnąć: liczyć czy wyłączyć.`,
        en: `${srcEn(item.source)}: whether it counts as income is not verified (${treatment.note}); the centre must decide: count or exclude.`,
      },
    });
    return;
  }
  if (treatment.treatment === 'unverified' && decision === 'exclude') {
    trace.push(step({
      rule: 'art8.integratorExcluded',
      basis: treatment.basis,
      text: { pl: `${srcPl(item.source)}: wyłączone z dochodu decyzją ośrodka (${treatment.note}).`, en: `${srcEn(item.source)}: excluded from income by the centre's decision.` },
      inputs: { item: item.id, source: item.source, gross: item.gross },
      parameters: [],
      output: 0,
      flags: ['unverified', 'integratorDecision'],
    }));
    return;
  }
  const flags: readonly TraceFlag[] = treatment.treatment === 'unverified' ? ['unverified', 'integratorDecision'] : [];
  let counted: Grosze;
  let how: Bilingual;
  if (item.forPeriod !== null) {
    ({ counted, how } = dueForPeriod(item.forPeriod, net, month));
  } else if (spreadOneOff(ctx, item, net, flags)) {
    return;
  } else {
    if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
    counted = item.month === month ? net : grosze(0);
    how = item.month === month
      ? { pl: `przychód ${pl(item.gross)} − podatek ${pl(item.incomeTax)} − składki zdrowotne ${pl(item.healthContribution)} − składki społeczne ${pl(item.socialContributions)} = ${pl(net)}`, en: `gross ${pl(item.gross)} − income tax ${pl(item.incomeTax)} − health ${pl(item.healthContribution)} − social contributions ${pl(item.socialContributions)} = ${pl(net)}` }
      : { pl: `otrzymany w ${item.month}, poza miesiącem ${month}: nie wlicza się`, en: `received in ${item.month}, outside ${month}: not counted` };
  }
  trace.push(step({
    rule: item.forPeriod !== null ? 'art8.dueForPeriod' : 'art8.netReceipt',
    basis: item.forPeriod !== null ? { act: 'ups', article: '8', paragraph: '12' } : { act: 'ups', article: '8', paragraph: '3' },
    text: { pl: `${srcPl(item.source)}: ${how.pl}.`, en: `${srcEn(item.source)}: ${how.en}.` },
    inputs: { item: item.id, gross: item.gross, incomeTax: item.incomeTax, healthContribution: item.healthContribution, socialContributions: item.socialContributions },
    parameters: [],
    output: counted,
    flags,
  }));
  add(item.personId, counted);
  return;
}
