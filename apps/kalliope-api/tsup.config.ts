import { parleyBuild } from '../../tsup.shared.js';

export default parleyBuild({ entry: ['src/index.ts', 'src/main.ts'] });
