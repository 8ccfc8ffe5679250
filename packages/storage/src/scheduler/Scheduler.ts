/** JSON data a timer carries back to its handler. */
export type TimerPayload = null | boolean | number | string | TimerPayload[] | { [key: string]: TimerPayload };

/** A timer that has come due. */
export interface DueTimer {
  key: string;
  /** When it was scheduled to fire. */
  at: Date;
  payload: TimerPayload;
  /** 1 on the first try; higher when an earlier run of the handler failed. */
  attempt: number;
}

/** Called once per due timer; a rejected promise makes the timer retry later with back-off. */
export type DueHandler = (timer: DueTimer) => Promise<void>;

/**
 * Durable timers, one pending timer per key. Re-scheduling a key replaces its timer. Timers survive a restart and
 * fire once even when several instances share the store.
 */
export interface Scheduler {
  schedule(key: string, at: Date, payload: TimerPayload): Promise<void>;
  /** Cancels the pending timer of `key`; resolves to whether there was one. */
  cancel(key: string): Promise<boolean>;
  /** Starts delivering due timers to `handler`. Call once; timers scheduled before are delivered too. */
  onDue(handler: DueHandler): Promise<void>;
  /** Stops delivering (waits for handlers under way). Pending timers stay stored. */
  close(): Promise<void>;
}

export interface SchedulerOptions {
  /** Separates independent users of one store; keys are unique within a queue. */
  queue: string;
  /** How often to look for timers set by other instances, in ms (default 1000). */
  pollIntervalMs?: number;
  /** How many times a failing handler is tried before the timer is dropped (default 5). */
  maxAttempts?: number;
  /** Where warnings and handler failures are reported (default: stderr). */
  log?: (level: 'warn' | 'error', message: string) => void;
}

export const defaultLog = (level: 'warn' | 'error', message: string): void => {
  process.stderr.write(`[parley/storage] ${level}: ${message}\n`);
};

/** Delay before retry `attempt` (1-based): 1 s, 2 s, 4 s … capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 3_600_000);
}

export function assertTimerKey(key: string): void {
  if (key.length === 0 || key.length > 200) throw new RangeError('A timer key is 1 to 200 characters long.');
}
