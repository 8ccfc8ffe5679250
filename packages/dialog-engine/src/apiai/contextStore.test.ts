import { describe, expect, it } from 'vitest';
import { DEFAULT_APIAI_DIALOG_CONFIG } from './config.js';
import { contextLimitBreach, decrementContexts, expireContexts, findContext, setContexts } from './contextStore.js';
import type { ActiveContext } from './state.js';

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

  it('merges linearly: each active context name is read a bounded number of times, whatever the request holds', () => {
    // The old merge searched and filtered the whole session once per context set: 30,000 request contexts over a
    // full session meant ~10^9 name comparisons (a 7.5 s stall, issue 20). Count the reads of the active names.
    let reads = 0;
    const active = Array.from({ length: 2000 }, (_, index): ActiveContext => {
      const context = { parameters: {}, lifespan: 5, setAt: 0 };
      return Object.defineProperty(context, 'name', { enumerable: true, get: () => ((reads += 1), `c${index}`) }) as ActiveContext;
    });
    const toSet = Array.from({ length: 2000 }, (_, index) => ({ name: `C${index * 2}`, parameters: { n: index } }));
    const merged = setContexts(active, toSet, 1, 5);
    expect(reads).toBeLessThanOrEqual(2 * active.length);
    expect(merged).toHaveLength(3000);
    expect(merged.at(-1)).toEqual({ name: 'c3998', parameters: { n: 1999 }, lifespan: 5, setAt: 1 });
    expect(merged[0]?.name).toBe('c1');
  });

  it('keeps the order of the old merge: a context set again moves to the end; a lifespan of 0 removes it', () => {
    const three = setContexts([], [{ name: 'a' }, { name: 'b' }, { name: 'c' }], 0, 5);
    expect(setContexts(three, [{ name: 'A', parameters: { x: 1 } }, { name: 'b', lifespan: 0 }], 1, 5).map((context) => context.name)).toEqual(['c', 'a']);
  });

  describe('limits', () => {
    const config = { ...DEFAULT_APIAI_DIALOG_CONFIG, maxContextsPerRequest: 3, maxContextsPerSession: 4 };
    const session = setContexts([], [{ name: 'a' }, { name: 'b' }, { name: 'c' }], 0, 5);

    it('refuses more contexts in one request than the per-request limit', () => {
      expect(contextLimitBreach([], [{ name: 'x' }, { name: 'y' }, { name: 'z' }, { name: 'w' }], config)).toEqual({ scope: 'request', limit: 3 });
      expect(contextLimitBreach([], [{ name: 'x' }, { name: 'y' }, { name: 'z' }], config)).toBeUndefined();
    });

    it('refuses a request that leaves the session over its limit, counting names case-insensitively and removals', () => {
      expect(contextLimitBreach(session, [{ name: 'd' }, { name: 'e' }], config)).toEqual({ scope: 'session', limit: 4 });
      expect(contextLimitBreach(session, [{ name: 'D' }, { name: 'A' }, { name: 'b' }], config)).toBeUndefined();
      expect(contextLimitBreach(session, [{ name: 'd' }, { name: 'e' }, { name: 'a', lifespan: 0 }], config)).toBeUndefined();
    });
  });
});
