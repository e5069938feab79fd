import { grosze } from '../../law/grosze.js';
import { step } from '../../law/trace.js';
import type { IncomeContext, IncomeItemOf } from './context.js';
import { pl } from './words.js';

/**
 * @internal Business income on the general income-tax rules, art. 8 ust. 5 pkt 1 u.p.s. (ust. 5–8): revenue −
 * costs − tax − contributions of the reference month; a loss counts as 0.
 */
export function business(ctx: IncomeContext, item: IncomeItemOf<'business'>): void {
  const { month, trace, outside, add } = ctx;
  const raw = item.revenue - item.costs - item.incomeTax - item.healthContribution - item.socialContributions;
  if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
  const counted = item.month === month ? grosze(Math.max(0, raw)) : grosze(0);
  trace.push(step({
    rule: 'art8.business',
    basis: { act: 'ups', article: '8', paragraph: '5', point: '1' },
    text: {
      pl: `Działalność gospodarcza (zasady ogólne podatku dochodowego): przychód ${pl(item.revenue)} − koszty ${pl(item.costs)} − podatek ${pl(item.incomeTax)} − składki ${pl(grosze(item.healthContribution + item.socialContributions))} = ${pl(grosze(raw))}${raw < 0 ? ' (strata: przyjęto 0)' : ''}${item.month === month ? '' : `; miesiąc ${item.month} poza ${month}: nie wlicza się`}.`,
      en: `Business on general PIT rules: revenue ${pl(item.revenue)} − costs ${pl(item.costs)} − tax ${pl(item.incomeTax)} − contributions ${pl(grosze(item.healthContribution + item.socialContributions))} = ${pl(grosze(raw))}${raw < 0 ? ' (a loss: taken as 0)' : ''}${item.month === month ? '' : `; month ${item.month} outside ${month}: not counted`}.`,
    },
    inputs: { item: item.id, revenue: item.revenue, costs: item.costs },
    parameters: [],
    output: counted,
  }));
  add(item.personId, counted);
  return;
}

/**
 * @internal Business on a lump-sum tax or tax card, art. 8 ust. 5 pkt 2 u.p.s.: its current wording is not
 * verified, so the declared income counts only by the centre's decision.
 */
export function flatRateBusiness(ctx: IncomeContext, item: IncomeItemOf<'flatRateBusiness'>): void {
  const { input, month, trace, unsupported, outside, add } = ctx;
  const decision = input.unverifiedDecisions?.flatRateBusiness;
  const basis = { act: 'ups', article: '8', paragraph: '5', point: '2' } as const;
  if (decision === undefined) {
    unsupported.push({
      rule: 'art8.flatRateBusiness',
      basis,
      text: {
        pl: `Dochód z działalności na ryczałcie lub karcie podatkowej — obecne brzmienie art. 8 ust. 5 pkt 2 niezweryfikowane (wyrok TK K 30/05); ośrodek musi rozstrzygnąć, czy przyjąć zadeklarowany dochód.`,
        en: `Business income on lump-sum tax or tax card — the current wording of art. 8 ust. 5 pkt 2 is not verified (Constitutional Tribunal K 30/05); the centre must decide whether to take the declared income.`,
      },
    });
    return;
  }
  if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
  const counted = decision === 'count' && item.month === month ? item.declaredIncome : grosze(0);
  trace.push(step({
    rule: 'art8.flatRateBusiness',
    basis,
    text: {
      pl: `Działalność na ryczałcie lub karcie podatkowej: dochód zadeklarowany ${pl(item.declaredIncome)} — ${decision === 'count' ? 'przyjęty' : 'wyłączony'} decyzją ośrodka; wliczono ${pl(counted)}.`,
      en: `Lump-sum or tax-card business: declared income ${pl(item.declaredIncome)} — ${decision === 'count' ? 'taken' : 'excluded'} by the centre's decision; counted ${pl(counted)}.`,
    },
    inputs: { item: item.id, declaredIncome: item.declaredIncome },
    parameters: [],
    output: counted,
    flags: ['unverified', 'integratorDecision'],
  }));
  add(item.personId, counted);
  return;
}
