import { describe, expect, it } from 'vitest';
import { createWindowCounter } from './windowCounter.js';

describe('createWindowCounter', () => {
  it('allows max events per key and window, then says how long to wait', () => {
    let time = 1000;
    const counter = createWindowCounter(2, 60_000, () => time);
    expect([counter.take('a'), counter.take('a'), counter.take('b')]).toEqual([0, 0, 0]);
    time += 15_000;
    expect(counter.take('a')).toBe(45_000);
    time += 45_000;
    expect(counter.take('a')).toBe(0);
  });
});
