import { defineConfig } from 'vitest/config';

// CI runs several suites at once on two cores: a generous limit keeps slow first uses (recognizer models,
// property tests) from failing as timeouts. These are not performance assertions.
export default defineConfig({
  test: { testTimeout: 30_000 },
});
