import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The date/time recognizers build their models on first use, which takes seconds on a loaded machine.
  test: { testTimeout: 30_000 },
});
