import { parleyBuild } from '../../tsup.shared.js';

// The package's two entries (package.json "exports"): the reducers, and ./almond, the Almond agent without a server.
export default parleyBuild({ entry: ['src/index.ts', 'src/almond.ts'] });
