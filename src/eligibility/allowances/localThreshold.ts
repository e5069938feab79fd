import type { CivilDate } from '../../law/civilDate.js';
import { type Grosze, multiplyRatio } from '../../law/grosze.js';
import { formatPlnPl as formatPln } from '../../i18n/pln.js';
import { type LocalLaw, localRulesAt } from '../../law/localLaw.js';
import { formatLegalBasis } from '../../law/legalBasis.js';
import type { Collector } from '../collector.js';
import { step } from '../../law/trace.js';

/**
 * @internal The threshold entitling to a periodic or purpose allowance: the statutory criterion, or a
 * higher one set by the gmina under art. 8 ust. 2 (the latest resolution in force wins). Rounded down,
 * so that a raised threshold never entitles beyond the percent the council set.
 */
export function entitlingThreshold(
  statutory: Grosze,
  allowance: 'periodicAllowance' | 'purposeAllowance',
  localLaw: LocalLaw | undefined,
  asOf: CivilDate,
  c: Collector,
): { readonly threshold: Grosze; readonly local: boolean } {
  const rule = localRulesAt(localLaw, 'raisedThreshold', asOf).find((r) => r.allowance === allowance);
  if (rule === undefined || localLaw === undefined) return { threshold: statutory, local: false };
  const threshold = multiplyRatio(statutory, rule.percentOfCriterion, 100, 'down');
  const basis = { act: 'ups', article: '8', paragraph: '2' } as const;
  c.trace.push(step({
    rule: 'art8.localThreshold',
    basis,
    text: {
      pl: `Prawo miejscowe: uchwała rady gminy ${localLaw.gmina} nr ${rule.resolution.number} z ${rule.resolution.adoptedOn} (${rule.resolution.source}) podwyższa kwotę uprawniającą do tego zasiłku do ${rule.percentOfCriterion}% kryterium: ${formatPln(threshold)} (${formatLegalBasis(basis)}).`,
      en: `Local law: resolution no. ${rule.resolution.number} of ${rule.resolution.adoptedOn} of the ${localLaw.gmina} council (${rule.resolution.source}) raises the amount entitling to this allowance to ${rule.percentOfCriterion}% of the criterion: ${formatPln(threshold)} (${formatLegalBasis(basis)}).`,
    },
    inputs: { statutory, percentOfCriterion: rule.percentOfCriterion, from: rule.from, to: rule.to },
    parameters: [],
    output: threshold,
    flags: ['localLaw'],
  }));
  return { threshold, local: true };
}
