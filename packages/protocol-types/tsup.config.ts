import { parleyBuild } from '../../tsup.shared.js';

// `@parley/protocol-types/fixtures`: the seed and reference examples, for other packages' tests.
export default parleyBuild({ entry: ['src/index.ts', 'src/fixtures/index.ts'] });
