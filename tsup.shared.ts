// The build every Parley package and app shares: ESM for Node 20 with type declarations and source maps.
import { defineConfig, type Options } from 'tsup';

export function parleyBuild(overrides: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    ...overrides,
  });
}
