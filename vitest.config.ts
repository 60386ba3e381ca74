import { defineConfig } from 'vitest/config';

// Unit, golden and fuzz tests run in Node; browser tests live in tests/e2e and run through scripts/run-e2e.mjs.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/sim/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/site/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
