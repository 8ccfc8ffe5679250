// A deterministic Clock for tests and simulations: time moves only when `advance` is called.
import type { Clock } from './clock.js';

interface Sleeper {
  readonly time: number;
  readonly order: number;
  readonly resolve: () => void;
}

export class SimulatedClock implements Clock {
  #now: number;
  #sleepers: Sleeper[] = [];
  #order = 0;

  constructor(start: number | Date) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  /** How many waits are pending (a test can wait until the program is idle). */
  get pending(): number {
    return this.#sleepers.length;
  }

  sleepUntil(time: number, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const sleeper: Sleeper = {
        time,
        order: this.#order++,
        resolve: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.#sleepers = this.#sleepers.filter((other) => other !== sleeper);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#sleepers.push(sleeper);
    });
  }

  /**
   * Moves time forward by `ms`, waking every sleeper whose time has come, in time order, and letting each
   * woken task run (and schedule its next wait) before moving on.
   */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      await settle();
      const next = this.#earliest();
      if (next === undefined || next.time > target) break;
      this.#now = Math.max(this.#now, next.time);
      this.#sleepers = this.#sleepers.filter((other) => other !== next);
      next.resolve();
    }
    this.#now = target;
    await settle();
  }

  #earliest(): Sleeper | undefined {
    let best: Sleeper | undefined;
    for (const sleeper of this.#sleepers) {
      if (best === undefined || sleeper.time < best.time || (sleeper.time === best.time && sleeper.order < best.order))
        best = sleeper;
    }
    return best;
  }
}

/** Lets pending promise callbacks and already-resolved I/O run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
