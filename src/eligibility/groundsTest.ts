import { assistanceGrounds } from '../law/assistanceGround.js';
import type { Problem } from '../case/problem.js';
import type { Collector } from './collector.js';
import { ruleReason, ruleStep } from './rules.js';

/**
 * @internal Art. 8 ust. 1: a cash benefit needs, beside the income test, at least one ground of art. 7
 * pkt 2–15 or another documented circumstance. Poverty alone is not enough.
 */
export function checkGrounds(problems: readonly Problem[], c: Collector): void {
  const qualifying = problems.filter((p) => assistanceGrounds[p.ground].countsForArticle8);
  const basis = { act: 'ups', article: '8', paragraph: '1' } as const;
  c.trace.push(ruleStep('art8.grounds', basis, { grounds: problems.map((p) => p.ground), qualifying: qualifying.map((p) => p.ground) }, qualifying.length > 0));
  if (qualifying.length === 0) c.reasons.push(ruleReason('art8.grounds', basis, {}));
}
