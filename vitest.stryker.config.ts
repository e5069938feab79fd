import { defineConfig } from 'vitest/config';

// Mutation runs use the behaviour tests only: the architecture and docs tests read source text, which
// Stryker's instrumentation changes, and type-checking is not what mutants are about.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/golden.test.ts', 'test/replay.property.test.ts'],
    setupFiles: ['test/setup/failOnConsole.ts'],
  },
});
