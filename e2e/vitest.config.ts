import { defineConfig } from 'vitest/config';

// Every file starts real server processes (migrations, recogniser compilation): two files at a time on a 2-core
// machine, generous start-up hooks, and tests bounded well under the suite's few-minute budget.
export default defineConfig({
  test: { hookTimeout: 120_000, testTimeout: 60_000, maxWorkers: 2 },
});
