import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    setupFiles: ['test/setup/failOnConsole.ts'],
    // property and schema tests take seconds on a shared 2-core machine: a guard against hangs, not a timing
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
