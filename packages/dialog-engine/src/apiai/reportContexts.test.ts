import { describe, expect, it } from 'vitest';
import { reportContexts } from './reportContexts.js';
import type { ActiveContext } from './state.js';

describe('reportContexts', () => {
  it('keeps name, parameters and lifespan, in that key order, and drops setAt', () => {
    const active: ActiveContext[] = [
      { setAt: 1_000, lifespan: 3, parameters: { city: 'Rome' }, name: 'weather' },
      { name: 'local', parameters: {}, lifespan: 1, setAt: 2_000 },
    ];
    const reported = reportContexts(active);
    expect(reported).toEqual([
      { name: 'weather', parameters: { city: 'Rome' }, lifespan: 3 },
      { name: 'local', parameters: {}, lifespan: 1 },
    ]);
    expect(JSON.stringify(reported)).toBe('[{"name":"weather","parameters":{"city":"Rome"},"lifespan":3},{"name":"local","parameters":{},"lifespan":1}]');
  });

  it('returns new objects, leaving the session contexts untouched', () => {
    const active: ActiveContext[] = [{ name: 'weather', parameters: {}, lifespan: 2, setAt: 0 }];
    const [reported] = reportContexts(active);
    expect(reported).not.toBe(active[0]);
    expect(active[0]).toEqual({ name: 'weather', parameters: {}, lifespan: 2, setAt: 0 });
  });
});
