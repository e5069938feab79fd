import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import { generateCentre } from '../../test/support/monitoringCases.js';
import { agenda } from './agenda.js';
import { caseloadOf, caseloadWarnings } from './caseload.js';
import { sopotPolicy } from './policy.js';
import { programmeLengthWarnings } from './programmeLength.js';
import { report } from './report.js';
import { meetingRhythmWarnings } from './rhythm.js';

const everyFunction = (cases: unknown, asOf: unknown) => {
  const cs = cases as never;
  const d = asOf as never;
  agenda(cs, d);
  agenda(cs, d, { actor: { id: 'as-0', role: 'assistant' } });
  caseloadOf(cs, 'as-0', d);
  caseloadWarnings(cs, d, sopotPolicy);
  meetingRhythmWarnings(cs, d, sopotPolicy);
  programmeLengthWarnings(cs, d, sopotPolicy);
  report(cs, { from: d, to: '2026-12-31' });
};

/** A generated case with one field replaced by anything, at any depth the adapter reads. */
const mutated = fc.record({
  index: fc.nat(),
  path: fc.constantFrom(
    ['team'], ['team', 0], ['team', 0, 'member'], ['meetings'], ['meetings', 0], ['meetings', 0, 'staffIds'], ['actions'], ['actions', 0],
    ['actions', 0, 'responsible'], ['contracts'], ['contracts', 0], ['contracts', 0, 'content'], ['contracts', 0, 'reviews', 0], ['contracts', 0, 'parties'],
    ['procedures', 0], ['procedures', 0, 'hearing'], ['household'], ['household', 'members', 0], ['owner'], ['interview'], ['closure'],
    ['monitoringData'], ['monitoringData', 'applications', 0], ['monitoringData', 'outcomes', 0], ['monitoringData', 'agreedRhythms'], ['mainGoal'], ['specificGoals'],
  ),
  value: fc.oneof(fc.anything(), fc.constant(null), fc.constant(undefined), fc.constant({}), fc.constant([null])),
});

describe('monitoring never throws', () => {
  it('on anything in place of the cases or the date', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => everyFunction(a, b)));
    fc.assert(fc.property(fc.array(fc.anything()), fc.constantFrom('2025-09-15', '2025-02-30', '9999-12-31', ''), (a, b) => everyFunction(a, b)));
  });

  it('on a generated case with any field replaced by anything', () => {
    const centre = generateCentre({ seed: 3, cases: 6, events: 10 });
    fc.assert(fc.property(mutated, ({ index, path, value }) => {
      const cases = structuredClone(centre) as unknown as Record<string, unknown>[];
      let target: Record<string | number, unknown> = cases[index % cases.length] as Record<string, unknown>;
      for (const key of path.slice(0, -1)) {
        const next = target[key];
        if (typeof next !== 'object' || next === null) return;
        target = next as Record<string | number, unknown>;
      }
      target[path[path.length - 1] as string | number] = value;
      everyFunction(cases, '2025-09-15');
    }), { numRuns: 600 });
  }, 60_000);
});
