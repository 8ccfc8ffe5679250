import type * as V8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTarget, type TestTarget } from './testing/testTargets.js';

const flags = vi.hoisted(() => [] as string[]);
vi.mock('node:v8', async (original) => {
  const v8 = await original<typeof V8>();
  return {
    ...v8,
    setFlagsFromString: (flag: string) => {
      flags.push(flag);
      v8.setFlagsFromString(flag);
    },
  };
});

describe('PGlite compiled with the baseline compiler only', () => {
  let target: TestTarget;
  afterEach(async () => target.dispose());

  it('sets --liftoff-only when it opens PGlite', async () => {
    target = await makeTarget('pglite', 'baseline');
    const database = await target.open();
    expect(flags).toEqual(['--liftoff-only']);
    expect(await database.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }]);
    await database.close();
  });
});
