import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

// src/cli.ts (the `thingtalk` command) is written alongside the language core; build it once it exists.
const entry = ['src/index.ts', 'src/cli.ts'].filter((file) => existsSync(file));

export default defineConfig({
  entry,
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
