import { assistanceGrounds } from '../law/assistanceGround.js';
import type { Problem } from '../case/problem.js';
import type { Collector } from './collector.js';
import { step } from '../law/trace.js';

/**
 * @internal Art. 8 ust. 1: a cash benefit needs, beside the income test, at least one ground of art. 7
 * pkt 2–15 or another documented circumstance. Poverty alone is not enough.
 */
export function checkGrounds(problems: readonly Problem[], c: Collector): void {
  const qualifying = problems.filter((p) => assistanceGrounds[p.ground].countsForArticle8);
  const basis = { act: 'ups', article: '8', paragraph: '1' } as const;
  // The statute's own words (genitive, „z powodu …”) in Polish; the English name in English. Never a code.
  const cite = (p: Problem) => (assistanceGrounds[p.ground].point ? `art. 7 pkt ${assistanceGrounds[p.ground].point}` : '');
  const namesPl = qualifying.map((p) => `${assistanceGrounds[p.ground].statutePl}${cite(p) ? ` (${cite(p)})` : ''}`);
  const namesEn = qualifying.map((p) => `${assistanceGrounds[p.ground].nameEn}${cite(p) ? ` (${cite(p)})` : ''}`);
  c.trace.push(step({
    rule: 'art8.grounds',
    basis,
    text: qualifying.length > 0
      ? { pl: `Pomoc uzasadnia powód z art. 7 pkt 2–15 lub inna okoliczność — z powodu: ${namesPl.join(', ')}.`, en: `A ground of art. 7 pkt 2–15 or another circumstance: ${namesEn.join(', ')}.` }
      : { pl: 'Brak powodu z art. 7 pkt 2–15 ani innej okoliczności uzasadniającej pomoc (samo ubóstwo nie wystarcza).', en: 'No ground of art. 7 pkt 2–15 and no other circumstance justifying assistance (poverty alone is not enough).' },
    inputs: { grounds: problems.map((p) => p.ground).join(', ') },
    parameters: [],
    output: qualifying.length > 0,
  }));
  if (qualifying.length === 0) {
    c.reasons.push({
      rule: 'art8.grounds',
      basis,
      text: { pl: 'Brak powodu z art. 7 pkt 2–15 u.p.s. ani innej okoliczności uzasadniającej pomoc: samo ubóstwo nie wystarcza.', en: 'No ground of art. 7 pkt 2–15 u.p.s. and no other circumstance justifying assistance: poverty alone is not enough.' },
    });
  }
}
