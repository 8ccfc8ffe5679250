import { parleyBuild } from '../../tsup.shared.js';

export default parleyBuild({
  entry: { index: 'src/index.ts', main: 'src/main.ts', cli: 'src/cli.ts' },
  dts: { entry: { index: 'src/index.ts' } },
});
