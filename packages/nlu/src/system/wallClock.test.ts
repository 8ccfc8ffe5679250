import { describe, expect, it } from 'vitest';
import { hostLocalDate, timeZoneOffset, wallClockAt, wallClockOffset } from './wallClock.js';

describe('wall clock', () => {
  const instant = Date.UTC(2017, 6, 1, 12, 0, 0);

  it('reads IANA zones with daylight saving', () => {
    expect(timeZoneOffset(instant, 'Europe/Paris')).toBe(120);
    expect(timeZoneOffset(Date.UTC(2017, 0, 1), 'Europe/Paris')).toBe(60);
    expect(timeZoneOffset(instant, 'America/Los_Angeles')).toBe(-420);
    expect(timeZoneOffset(instant, 'Asia/Kolkata')).toBe(330);
  });

  it('reads fixed offsets and falls back to UTC', () => {
    expect(timeZoneOffset(instant, 'GMT+6')).toBe(360);
    expect(timeZoneOffset(instant, '-0530')).toBe(-330);
    expect(timeZoneOffset(instant, 'UTC+01:00')).toBe(60);
    expect(timeZoneOffset(instant, undefined)).toBe(0);
    expect(timeZoneOffset(instant, 'Not/AZone')).toBe(0);
  });

  it('gives the wall clock at an instant', () => {
    expect(wallClockAt(instant, 'Asia/Tokyo')).toEqual({ year: 2017, month: 7, day: 1, hour: 21, minute: 0, second: 0 });
  });

  it('gives the offset in force at a wall-clock reading', () => {
    const wall = { year: 2017, month: 1, day: 15, hour: 9, minute: 0, second: 0 };
    expect(wallClockOffset(wall, 'Europe/Paris')).toBe(60);
    expect(wallClockOffset({ ...wall, month: 7 }, 'Europe/Paris')).toBe(120);
  });

  it('builds a host-local Date showing the wall clock', () => {
    const date = hostLocalDate({ year: 2017, month: 5, day: 10, hour: 9, minute: 30, second: 0 });
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2017, 4, 10, 9, 30]);
  });
});
