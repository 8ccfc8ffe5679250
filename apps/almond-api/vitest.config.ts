import { defineConfig } from 'vitest/config';

// Each test file opens its own PGlite database, which takes seconds on a busy 2-core machine; two files at a
// time keep the suite from starving itself.
export default defineConfig({
  test: { hookTimeout: 120_000, testTimeout: 60_000, maxWorkers: 2 },
});
