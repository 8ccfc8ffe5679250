// When timers fire next: `timer` every interval (split `frequency` times) from its base, `attimer` every day
// at each given time of day (in the host's time zone).
import type { TimeValue } from './values.js';

/** The first time base + k·(interval/frequency), k ≥ 0, strictly after `after`. */
export function nextTimerTime(base: number, interval: number, frequency: number, after: number): number {
  const step = interval / Math.max(1, frequency);
  if (!(step > 0)) throw new Error('The interval of a timer must be positive');
  if (base > after) return base;
  return base + (Math.floor((after - base) / step) + 1) * step;
}

/** The first occurrence of any of `times` (each day, local time) strictly after `after`. */
export function nextAtTime(times: readonly TimeValue[], after: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let day = 0; day <= 1; day++) {
    for (const time of times) {
      const date = new Date(after);
      date.setDate(date.getDate() + day);
      date.setHours(time.hour, time.minute, time.second, 0);
      if (date.getTime() > after && date.getTime() < best) best = date.getTime();
    }
  }
  return best;
}
