import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { silence, takeSaid } from '../examples/scenarios/say.js';
import { polishTextProblems } from './support/polishText.js';

/**
 * The Polish that `npm run demo` and the examples print is text a centre reads: no code, no id, no English
 * word (the same check as the golden files'). Each example runs in this process, silenced, and its Polish
 * lines are checked; the English lines (marked `en` by the example) are not.
 */
silence();

async function polishOf(example: string): Promise<string> {
  takeSaid();
  await import(`../examples/${example}.ts`);
  return takeSaid().filter((l) => l.lang === 'pl').map((l) => l.text).join('\n');
}

// every example of the folder, as `npm run examples` runs them
const examples = readdirSync(new URL('../examples/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts')
  .map((f) => f.slice(0, -'.ts'.length));

describe('the Polish output of the demo and the examples', () => {
  it('covers the demo and the examples', () => {
    expect(examples).toContain('demo');
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });
  for (const example of examples) {
    it(`${example}: no code, id or English word`, async () => {
      const text = await polishOf(example);
      expect(text.length).toBeGreaterThan(0);
      expect(polishTextProblems(text)).toEqual([]);
    });
  }
});
