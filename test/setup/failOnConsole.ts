import { afterEach, vi } from 'vitest';

// Library code must never log: a stray console call in src/ fails the test that triggered it.
const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));

afterEach(() => {
  for (const spy of spies) {
    const calls = spy.mock.calls.length;
    spy.mockClear();
    if (calls > 0) throw new Error(`[praca-socjalna] console.${spy.getMockName()} was called in a test`);
  }
});
