import { defineConfig } from 'tsup';

export default defineConfig({
  // The classifier worker sits next to the bundles: classifierTrainer finds it as ./classifierWorker.js.
  entry: {
    index: 'src/index.ts',
    main: 'src/main.ts',
    cli: 'src/cli.ts',
    classifierWorker: 'src/classifier/classifierWorker.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
