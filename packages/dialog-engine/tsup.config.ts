import { parleyBuild } from '../../tsup.shared.js';

// The package's two entries (package.json "exports"): the reducers, and ./kalliope (a Kalliope brain without a server).
export default parleyBuild({ entry: ['src/index.ts', 'src/kalliope.ts'] });
