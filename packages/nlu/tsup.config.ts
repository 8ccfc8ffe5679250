import { parleyBuild } from '../../tsup.shared.js';

// `@parley/nlu/classifier` is its own entry: the classifier's worker threads load it without the recognizers suite.
export default parleyBuild({ entry: { index: 'src/index.ts', classifier: 'src/classifier/index.ts' } });
