import { defineConfig } from 'vitest/config';

// The worker trainer's tests start worker threads from sources (through tsx) and train several models: on a busy
// 2-core machine that takes tens of seconds. These are not performance assertions.
export default defineConfig({
  test: { testTimeout: 60_000 },
});
