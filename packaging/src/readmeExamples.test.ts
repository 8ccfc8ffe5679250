import { describe, expect, it } from 'vitest';
import { runnableExamples } from './readmeExamples.js';

describe('runnableExamples', () => {
  it('takes the blocks fenced as ts runnable and leaves other blocks', () => {
    const readme = [
      '# pkg', '```ts', 'signature(only);', '```', 'text',
      '```ts runnable', "import assert from 'node:assert/strict';", 'assert.equal(1, 1);', '```',
      '```sh', 'pnpm add pkg', '```',
      '```ts runnable', 'console.log(2);', '```', '',
    ].join('\n');
    expect(runnableExamples(readme)).toEqual(["import assert from 'node:assert/strict';\nassert.equal(1, 1);\n", 'console.log(2);\n']);
  });

  it('finds nothing in a README without runnable blocks', () => {
    expect(runnableExamples('# pkg\n```ts\nx();\n```\n')).toEqual([]);
  });
});
