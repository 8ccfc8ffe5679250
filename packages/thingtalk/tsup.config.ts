import { parleyBuild } from '../../tsup.shared.js';

// The package's three entries (package.json "exports": the language, ./runtime, ./devices) and src/cli.ts, the
// `thingtalk` command (package.json "bin").
export default parleyBuild({ entry: ['src/index.ts', 'src/runtime.ts', 'src/devices.ts', 'src/cli.ts'] });
