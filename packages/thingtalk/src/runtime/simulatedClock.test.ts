import { describe, expect, it } from 'vitest';
import { systemClock } from './clock.js';
import { SimulatedClock } from './simulatedClock.js';

describe('SimulatedClock', () => {
  it('wakes sleepers in time order and only when time reaches them', async () => {
    const clock = new SimulatedClock(new Date(1000));
    const woken: string[] = [];
    const signal = new AbortController().signal;
    void clock.sleepUntil(3000, signal).then(() => woken.push(`b@${clock.now()}`));
    void clock.sleepUntil(2000, signal).then(() => woken.push(`a@${clock.now()}`));
    expect(clock.pending).toBe(2);
    await clock.advance(500);
    expect(woken).toEqual([]);
    await clock.advance(2000);
    expect(woken).toEqual(['a@2000', 'b@3000']);
    expect(clock.now()).toBe(3500);
  });

  it('rejects waits when their signal aborts', async () => {
    const clock = new SimulatedClock(0);
    const controller = new AbortController();
    const wait = clock.sleepUntil(10, controller.signal);
    controller.abort(new Error('stop'));
    await expect(wait).rejects.toThrow('stop');
    expect(clock.pending).toBe(0);
    await expect(clock.sleepUntil(10, controller.signal)).rejects.toThrow('stop');
  });
});

describe('systemClock', () => {
  it('sleeps on real time and can be aborted', async () => {
    const start = systemClock.now();
    await systemClock.sleepUntil(start + 5, new AbortController().signal);
    expect(systemClock.now()).toBeGreaterThanOrEqual(start + 4);
    const controller = new AbortController();
    const wait = systemClock.sleepUntil(start + 60_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(wait).rejects.toThrow('stopped');
  });
});
