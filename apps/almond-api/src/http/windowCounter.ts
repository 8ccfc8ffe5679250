// A fixed-window counter per key (client address, user), for limits that are not one HTTP route each: messages of
// the anonymous conversation socket, notifications of background programs. In memory, like the route limits.

export interface WindowCounter {
  /** Counts one event of `key`: 0 when allowed, else the milliseconds until its window ends. */
  take(key: string): number;
}

/** Keys kept before the ended windows are swept (each costs a few dozen bytes). */
const SWEEP_AT = 10_000;

export function createWindowCounter(max: number, windowMs: number, now: () => number = Date.now): WindowCounter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const time = now();
      if (windows.size >= SWEEP_AT) for (const [stale, window] of windows) if (time - window.start >= windowMs) windows.delete(stale);
      const window = windows.get(key);
      if (window === undefined || time - window.start >= windowMs) {
        windows.set(key, { start: time, count: 1 });
        return 0;
      }
      if (window.count >= max) return window.start + windowMs - time;
      window.count++;
      return 0;
    },
  };
}
