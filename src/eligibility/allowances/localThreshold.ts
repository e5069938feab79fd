import type { CivilDate } from '../../law/civilDate.js';
import { type Grosze, multiplyRatio } from '../../law/grosze.js';
import { type LocalLaw, localRulesAt } from '../../law/localLaw.js';
import type { Collector } from '../collector.js';
import { ruleStep } from '../rules.js';

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
  c.trace.push(ruleStep(
    'art8.localThreshold',
    basis,
    { gmina: localLaw.gmina, resolution: rule.resolution.number, adoptedOn: rule.resolution.adoptedOn, publishedIn: rule.resolution.source, percentOfCriterion: rule.percentOfCriterion, statutory, from: rule.from, to: rule.to },
    threshold,
    [],
    ['localLaw'],
  ));
  return { threshold, local: true };
}
