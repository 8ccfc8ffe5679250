import { describe, expect, it } from 'vitest';
import { fromWallClock, wallClock } from './zonedTime.js';

describe('zoned wall clock', () => {
  it('reads the wall clock of a time zone', () => {
    const instant = Date.UTC(2018, 4, 24, 18, 4, 5);
    expect(wallClock(instant, 'America/Los_Angeles')).toEqual({ year: 2018, month: 5, day: 24, hour: 11, minute: 4, second: 5, weekday: 4 });
    expect(wallClock(instant, 'Asia/Kolkata')).toMatchObject({ hour: 23, minute: 34 });
  });

  it('finds the instant of a wall-clock time, across daylight saving changes', () => {
    expect(fromWallClock({ year: 2018, month: 5, day: 24, hour: 11, minute: 4, second: 5 }, 'America/Los_Angeles')).toBe(Date.UTC(2018, 4, 24, 18, 4, 5));
    expect(fromWallClock({ year: 2018, month: 1, day: 10, hour: 8, minute: 30, second: 0 }, 'America/Los_Angeles')).toBe(Date.UTC(2018, 0, 10, 16, 30));
    expect(fromWallClock({ year: 2018, month: 1, day: 32, hour: 0, minute: 0, second: 0 }, 'Europe/Rome')).toBe(Date.UTC(2018, 0, 31, 23, 0));
  });

  it('uses the host time zone when none is given', () => {
    const local = new Date(2020, 6, 1, 9, 15, 0).getTime();
    expect(wallClock(local)).toMatchObject({ year: 2020, month: 7, day: 1, hour: 9, minute: 15 });
    expect(fromWallClock({ year: 2020, month: 7, day: 1, hour: 9, minute: 15, second: 0 })).toBe(local);
  });
});
