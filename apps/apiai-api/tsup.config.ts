import { parleyBuild } from '../../tsup.shared.js';

export default parleyBuild({
  // The classifier worker sits next to the bundles: classifierTrainer finds it as ./classifierWorker.js.
  entry: {
    index: 'src/index.ts',
    main: 'src/main.ts',
    cli: 'src/cli.ts',
    classifierWorker: 'src/classifier/classifierWorker.ts',
  },
  dts: { entry: { index: 'src/index.ts' } },
});
