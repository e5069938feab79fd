import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as sdk from '../src/index.js';
import { toRunnable, typecheckSnippets } from './support/typecheck.js';

/** The README's usage snippet, extracted and run against the source (imports rewritten to it). */
describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const snippet = /## Usage\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

  it('keeps the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });

  it('has a usage snippet of at most about twenty lines of code', () => {
    expect(snippet.trim().split('\n').length).toBeLessThanOrEqual(25);
  });

  it('type-checks its usage snippet under the strict tsconfig', () => {
    expect(typecheckSnippets([{ name: 'readme', code: snippet }])).toEqual([]);
  }, 60_000);

  it('runs its usage snippet and prints the Polish refusal', async () => {
    const body = toRunnable(snippet);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const names = Object.keys(sdk);
    const run = new Function(...names, body) as (...args: unknown[]) => void;
    run(...names.map((n) => (sdk as Record<string, unknown>)[n]));
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('Proces metodyczny: na etapie „przyjęcie zgłoszenia” nie można');
    log.mockRestore();
  });
});
