// Keeps `concurrency` clients writing through a set of instances (round robin) until stopped, remembering which
// writes were acknowledged (2xx). Failed writes (a killed instance, a reset connection) are counted, not kept.
export interface WriteLoad<T> {
  /** Stops issuing writes and waits for those in flight. */
  stop(): Promise<void>;
  acknowledged: T[];
  failed: () => number;
  /**
   * Resolves once at least `count` writes are acknowledged, so that a test waits for work done rather than for a time
   * that a loaded machine may not fill (the test's own timeout bounds the wait).
   */
  untilAcknowledged(count: number): Promise<void>;
}

/** `write(base, n)` performs write number `n` against `base` and returns what was written when it was acknowledged. */
export function startWriteLoad<T>(
  bases: () => string[],
  concurrency: number,
  write: (base: string, n: number) => Promise<T | undefined>,
): WriteLoad<T> {
  const acknowledged: T[] = [];
  let failures = 0;
  let next = 0;
  let running = true;
  const worker = async () => {
    while (running) {
      const n = next++;
      const targets = bases();
      const base = targets[n % targets.length];
      if (base === undefined) return;
      try {
        const written = await write(base, n);
        if (written === undefined) failures++;
        else acknowledged.push(written);
      } catch {
        failures++;
      }
    }
  };
  const workers = Array.from({ length: concurrency }, worker);
  return {
    acknowledged,
    failed: () => failures,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
    async untilAcknowledged(count) {
      while (acknowledged.length < count) await sleep(25);
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
