// This file implements the vitest configuration of the end-to-end tests
// (tests/e2e), run only through scripts/run-e2e.mjs, which builds the site,
// serves it with `astro preview` and passes its URL in E2E_BASE_URL.
// Files run one after another (each launches one headless Chromium): the
// machines that run this have few cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
