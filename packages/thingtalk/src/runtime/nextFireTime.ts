// When timers fire next: `timer` every interval (split `frequency` times) from its base, `attimer` every day
// at each given time of day (in the host's time zone).
import type { TimeValue } from './values.js';
import { fromWallClock, wallClock } from './zonedTime.js';

/** The first time base + k·(interval/frequency), k ≥ 0, strictly after `after`. */
export function nextTimerTime(base: number, interval: number, frequency: number, after: number): number {
  const step = interval / Math.max(1, frequency);
  if (!(step > 0)) throw new Error('The interval of a timer must be positive');
  if (base > after) return base;
  return base + (Math.floor((after - base) / step) + 1) * step;
}

/** The last time base + k·(interval/frequency), k ≥ 0, at or before `now` (`now` ≥ base). */
export function latestTimerTime(base: number, interval: number, frequency: number, now: number): number {
  const step = interval / Math.max(1, frequency);
  return base + Math.floor((now - base) / step) * step;
}

/** The first occurrence of any of `times` (each day, in `timeZone` or the host's) strictly after `after`. */
export function nextAtTime(times: readonly TimeValue[], after: number, timeZone?: string): number {
  const today = wallClock(after, timeZone);
  let best = Number.POSITIVE_INFINITY;
  for (let day = 0; day <= 1; day++) {
    for (const time of times) {
      const instant = fromWallClock({ year: today.year, month: today.month, day: today.day + day, ...time }, timeZone);
      if (instant > after && instant < best) best = instant;
    }
  }
  return best;
}
