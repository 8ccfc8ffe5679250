// One file-naming style (docs/architecture.md, "Layout"): source files are named in camelCase after what they hold,
// or in PascalCase after the class or type they export. Launchers under bin/ carry their command's name instead.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const sourceFile = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const stem = /^[A-Za-z][A-Za-z0-9]*$/;

const misnamed = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => sourceFile.test(file) && !file.split('/').includes('bin'))
  .filter((file) => !stem.test(path.basename(file).split('.')[0] ?? ''));

if (misnamed.length > 0) {
  console.error(`Source file names must be camelCase or PascalCase (docs/architecture.md, "Layout"):\n  ${misnamed.join('\n  ')}`);
  process.exit(1);
}
