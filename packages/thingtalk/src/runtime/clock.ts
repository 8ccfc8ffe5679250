// Time as an input: the executor reads the current time and waits through a Clock, so tests can simulate it.

export interface Clock {
  /** The current time in milliseconds since the epoch. */
  now(): number;
  /** Resolves at `time` (ms since the epoch); rejects with the signal's reason when it aborts first. */
  sleepUntil(time: number, signal: AbortSignal): Promise<void>;
}

/** The real clock: Date.now and setTimeout. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleepUntil(time, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, time - Date.now()));
      signal.addEventListener('abort', onAbort, { once: true });
    });
  },
};
