import { describe, expect, it } from 'vitest';
import { decrementContexts, expireContexts, findContext, setContexts } from './contextStore.js';

describe('context store', () => {
  const base = setContexts([], [{ name: 'Weather', parameters: { city: 'Oslo' }, lifespan: 2 }], 1000, 5);

  it('sets contexts in lower case with the default lifespan when none is given', () => {
    expect(setContexts([], [{ name: 'Music' }], 0, 5)).toEqual([{ name: 'music', parameters: {}, lifespan: 5, setAt: 0 }]);
    expect(findContext(base, 'WEATHER')?.lifespan).toBe(2);
  });

  it('merges parameters and restarts lifespan and clock when a context is set again', () => {
    const again = setContexts(base, [{ name: 'weather', parameters: { date: 'today' }, lifespan: 4 }], 9000, 5);
    expect(again).toEqual([{ name: 'weather', parameters: { city: 'Oslo', date: 'today' }, lifespan: 4, setAt: 9000 }]);
  });

  it('removes a context set with lifespan 0', () => {
    expect(setContexts(base, [{ name: 'weather', lifespan: 0 }], 0, 5)).toEqual([]);
  });

  it('decrements every lifespan and drops those reaching 0', () => {
    const once = decrementContexts(base);
    expect(once.map((context) => context.lifespan)).toEqual([1]);
    expect(decrementContexts(once)).toEqual([]);
  });

  it('expires contexts once the time limit has passed since they were set', () => {
    expect(expireContexts(base, 1000 + 599_999, 600_000)).toHaveLength(1);
    expect(expireContexts(base, 1000 + 600_000, 600_000)).toHaveLength(0);
  });
});
