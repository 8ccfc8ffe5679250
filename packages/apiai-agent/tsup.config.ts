import { parleyBuild } from '../../tsup.shared.js';

export default parleyBuild({
  // The classifier worker sits next to the bundles: the worker trainer of ./node finds it as ./classifierWorker.js.
  entry: { index: 'src/index.ts', model: 'src/model.ts', node: 'src/node.ts', storage: 'src/storage.ts', classifierWorker: 'src/classifier/classifierWorker.ts' },
  dts: { entry: { index: 'src/index.ts', model: 'src/model.ts', node: 'src/node.ts', storage: 'src/storage.ts' } },
});
