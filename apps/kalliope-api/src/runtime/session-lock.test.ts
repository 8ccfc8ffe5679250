import { describe, expect, it } from 'vitest';
import { SessionLock } from './session-lock.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('SessionLock', () => {
  it('runs the work of one session one at a time, other sessions in parallel, and survives failures', async () => {
    const lock = new SessionLock();
    const events: string[] = [];
    const work = (label: string, fail = false) => async () => {
      events.push(`start ${label}`);
      await tick();
      events.push(`end ${label}`);
      if (fail) throw new Error(label);
      return label;
    };
    const results = await Promise.allSettled([
      lock.run('a', work('a1', true)),
      lock.run('a', work('a2')),
      lock.run('b', work('b1')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
  });
});
