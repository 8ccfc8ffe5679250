import { randomUUID } from 'node:crypto';
import type { RawQuery } from '../db.js';
import {
  assertTimerKey,
  defaultLog,
  retryDelayMs,
  type DueHandler,
  type Scheduler,
  type SchedulerOptions,
  type TimerPayload,
} from './Scheduler.js';

interface TimerRow extends Record<string, unknown> {
  key: string;
  token: string;
  run_at: Date;
  payload: TimerPayload;
  attempts: number;
}

/** How long a claimed timer stays locked; if its instance dies meanwhile, another picks it up afterwards. */
const leaseMs = 5 * 60_000;
/** setTimeout cannot wait longer than this. */
const maxTimeoutMs = 2 ** 31 - 1;

/**
 * The in-process scheduler for embedded PGlite: timers live in `parley_timers`; a due timer is claimed with a
 * conditional UPDATE (so two schedulers on one store never both run it) and deleted once its handler succeeds.
 */
export function createPgliteScheduler(query: RawQuery, options: SchedulerOptions): Scheduler {
  const { queue } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 5;
  const log = options.log ?? defaultLog;
  let handler: DueHandler | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let running: Promise<void> = Promise.resolve();

  const arm = async (): Promise<void> => {
    if (handler === undefined || closed) return;
    const [next] = await query<{ run_at: Date }>(
      'SELECT run_at FROM parley_timers WHERE queue = $1 AND (locked_until IS NULL OR locked_until < now()) ORDER BY run_at LIMIT 1',
      [queue],
    );
    if (closed) return;
    const untilNext = next === undefined ? pollIntervalMs : next.run_at.getTime() - Date.now();
    clearTimeout(timer);
    timer = setTimeout(tick, Math.max(0, Math.min(untilNext, pollIntervalMs, maxTimeoutMs)));
  };

  const tick = (): void => {
    running = running.then(runDue).then(arm).catch((error: unknown) => {
      log('error', `scheduler ${queue}: ${String(error)}`);
      if (!closed) timer = setTimeout(tick, pollIntervalMs);
    });
  };

  const runDue = async (): Promise<void> => {
    const due = await query<TimerRow>(
      `UPDATE parley_timers SET locked_until = now() + make_interval(secs => $2)
        WHERE (queue, key) IN (SELECT queue, key FROM parley_timers
                                WHERE queue = $1 AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
                                ORDER BY run_at LIMIT 20)
          AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
        RETURNING key, token, run_at, payload, attempts`,
      [queue, leaseMs / 1000],
    );
    for (const row of due) {
      if (closed || handler === undefined) return;
      await runOne(handler, row);
    }
  };

  const runOne = async (onDue: DueHandler, row: TimerRow): Promise<void> => {
    const attempt = row.attempts + 1;
    try {
      await onDue({ key: row.key, at: row.run_at, payload: row.payload, attempt });
      await query('DELETE FROM parley_timers WHERE queue = $1 AND key = $2 AND token = $3', [queue, row.key, row.token]);
    } catch (error) {
      if (attempt >= maxAttempts) {
        log('error', `timer ${queue}/${row.key} failed ${attempt} times and is dropped: ${String(error)}`);
        await query('DELETE FROM parley_timers WHERE queue = $1 AND key = $2 AND token = $3', [queue, row.key, row.token]);
        return;
      }
      log('warn', `timer ${queue}/${row.key} failed (attempt ${attempt}), will retry: ${String(error)}`);
      await query(
        `UPDATE parley_timers SET attempts = $4, locked_until = NULL, run_at = now() + make_interval(secs => $5)
          WHERE queue = $1 AND key = $2 AND token = $3`,
        [queue, row.key, row.token, attempt, retryDelayMs(attempt) / 1000],
      );
    }
  };

  return {
    async schedule(key, at, payload) {
      assertTimerKey(key);
      await query(
        `INSERT INTO parley_timers (queue, key, token, run_at, payload, attempts, locked_until)
         VALUES ($1, $2, $3, $4, $5, 0, NULL)
         ON CONFLICT (queue, key) DO UPDATE SET token = EXCLUDED.token, run_at = EXCLUDED.run_at,
           payload = EXCLUDED.payload, attempts = 0, locked_until = NULL`,
        [queue, key, randomUUID(), at.toISOString(), JSON.stringify(payload)],
      );
      await arm();
    },
    async cancel(key) {
      const removed = await query('DELETE FROM parley_timers WHERE queue = $1 AND key = $2 RETURNING key', [queue, key]);
      return removed.length > 0;
    },
    async onDue(onDue) {
      if (handler !== undefined) throw new Error(`Scheduler ${queue} already has a handler.`);
      handler = onDue;
      await arm();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
    },
  };
}
