import { parleyBuild } from '../../tsup.shared.js';

// The package's three entries (package.json "exports"): the reducers, ./almond (the Almond agent without a server)
// and ./kalliope (a Kalliope brain without a server).
export default parleyBuild({ entry: ['src/index.ts', 'src/almond.ts', 'src/kalliope.ts'] });
