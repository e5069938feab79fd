import { grosze, multiplyRatio } from '../../law/grosze.js';
import { valueAt } from '../../law/period.js';
import { param } from '../../law/trace.js';
import { ruleStep } from '../rules.js';
import { legalConstants } from '../../law/ups/constants.js';
import type { IncomeContext, IncomeItemOf } from './context.js';

function hectaresRatio(hectares: string): [number, number] {
  const [whole, fraction = ''] = hectares.split('.');
  const scale = 10 ** fraction.length;
  return [Number(whole) * scale + Number(fraction || '0'), scale];
}

/**
 * @internal Farm income, art. 8 ust. 9 u.p.s. (the paragraph not verified in the reference): conversion
 * hectares × the monthly income from 1 ha, less the KRUS contribution; under 1 ha in all it is not income
 * (art. 8 ust. 4 pkt 6), so the household's farms are taken together.
 */
export function farms(ctx: IncomeContext, farmItems: readonly IncomeItemOf<'farm'>[]): void {
  const { input, law, trace, warnings, add } = ctx;
  if (farmItems.length === 0) return;
  const rate = valueAt(law.farmIncomePerHectare, input.asOf);
  if (rate.ok && rate.value.unverifiedFrom !== undefined) warnings.push({ code: 'parameter_unverified', table: rate.value.table, unverifiedFrom: rate.value.unverifiedFrom });
  const threshold = legalConstants.farmThresholdTenThousandthsHa.value;
  const totalTenThousandths = farmItems.reduce((s, f) => {
    const [n, d] = hectaresRatio(f.conversionHectares);
    return s + (n * 10000) / d;
  }, 0);
  const belowOne = totalTenThousandths < threshold;
  const noContribution: string[] = [];
  for (const f of farmItems) {
    const [n, d] = hectaresRatio(f.conversionHectares);
    const flat = belowOne || !rate.ok ? grosze(0) : multiplyRatio(rate.value.value, n, d, 'halfUp');
    const contribution = f.monthlyContribution;
    if (contribution === undefined && !belowOne) noContribution.push(f.id);
    // the KRUS contribution reduces the farm income (art. 8 ust. 3 pkt 2, centres' practice, S); not below 0
    const counted = belowOne ? grosze(0) : grosze(Math.max(0, flat - (contribution ?? 0)));
    trace.push(
      belowOne
        ? ruleStep('art8.farmBelowOneHectare', { act: 'ups', article: '8', paragraph: '4', point: '6' }, { item: f.id, conversionHectares: f.conversionHectares, thresholdHectares: String(threshold / 10000) }, counted)
        : ruleStep(
            'art8.farm',
            { act: 'ups', article: '8' },
            { item: f.id, conversionHectares: f.conversionHectares, incomePerHectare: rate.ok ? rate.value.value : null, flatIncome: flat, monthlyContribution: contribution ?? null },
            counted,
            rate.ok ? [param('farmIncomePerHectare', 'grosze', rate.value, rate.value.value)] : [],
          ),
    );
    add(f.personId, counted);
  }
  if (noContribution.length > 0) warnings.push({ code: 'farm_contribution_missing', itemIds: noContribution });
}
