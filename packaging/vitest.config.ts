import { defineConfig } from 'vitest/config';

// One suite: packing seven packages and installing them (with their dependencies from the npm registry) into a
// scratch project takes a minute or two, more on a loaded machine.
export default defineConfig({
  test: { hookTimeout: 600_000, testTimeout: 180_000 },
});
