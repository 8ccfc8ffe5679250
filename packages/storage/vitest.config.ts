import { defineConfig } from 'vitest/config';

// Embedded PGlite takes seconds to boot on a busy 2-core machine; these are not performance assertions.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
