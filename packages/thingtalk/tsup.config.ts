import { parleyBuild } from '../../tsup.shared.js';

// src/cli.ts is the `thingtalk` command (package.json "bin").
export default parleyBuild({ entry: ['src/index.ts', 'src/cli.ts'] });
