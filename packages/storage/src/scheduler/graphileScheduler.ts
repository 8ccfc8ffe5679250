import { Logger, makeWorkerUtils, run, type Runner, type WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import {
  assertTimerKey,
  defaultLog,
  type DueHandler,
  type Scheduler,
  type SchedulerOptions,
  type TimerPayload,
} from './Scheduler.js';

/** How long closing waits for the scheduler's connections to close. */
const POOL_END_WAIT_MS = 5_000;

/** graphile-worker's tables live in this schema of the app's database. */
const graphileSchema = 'parley_worker';

interface JobPayload {
  key: string;
  payload: TimerPayload;
}

function isJobPayload(value: unknown): value is JobPayload {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/**
 * The Postgres scheduler: one graphile-worker job per timer, keyed `queue:key` with job-key mode "replace", so
 * re-scheduling replaces the pending job and exactly one worker across all instances runs it.
 */
export async function createGraphileScheduler(url: string, options: SchedulerOptions): Promise<Scheduler> {
  const { queue } = options;
  const log = options.log ?? defaultLog;
  const logger = new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log(level === 'error' ? 'error' : 'warn', message);
  });
  const taskIdentifier = `parley_timer:${queue}`;
  const jobKey = (key: string): string => `${queue}:${key}`;
  // The scheduler owns its connection pool. A pool graphile-worker makes itself stops listening for its clients'
  // errors when released, before those clients have closed: a connection Postgres ends then (a restart, a dropped
  // database) emitted an 'error' nobody listened to, an uncaught exception that ends the process. This pool is
  // listened to until it has ended, and close() waits for that. Its connections are named in pg_stat_activity.
  const pool = new pg.Pool({ connectionString: url, application_name: `parley-scheduler:${queue}` });
  const connectionFailed = (error: Error) => log('warn', `scheduler ${queue}: a database connection failed: ${error.message}`);
  // Idle connections' errors reach the pool; a connection graphile-worker holds reports to its own listener too.
  pool.on('error', connectionFailed);
  pool.on('connect', (client) => client.on('error', connectionFailed));
  const shared = { pgPool: pool, schema: graphileSchema, logger };
  let utils: WorkerUtils;
  try {
    utils = await makeWorkerUtils(shared);
    await utils.migrate();
  } catch (error) {
    await pool.end();
    throw error;
  }
  let runner: Runner | undefined;
  let closing: Promise<void> | undefined;

  return {
    async schedule(key, at, payload) {
      assertTimerKey(key);
      const job: JobPayload = { key, payload };
      await utils.addJob(taskIdentifier, job, {
        jobKey: jobKey(key),
        jobKeyMode: 'replace',
        runAt: at,
        maxAttempts: options.maxAttempts ?? 5,
      });
    },
    async cancel(key) {
      const rows = await utils.withPgClient((client) =>
        client.query(`SELECT id FROM "${graphileSchema}".remove_job($1) WHERE id IS NOT NULL`, [jobKey(key)]),
      );
      return rows.rows.length > 0;
    },
    async onDue(handler: DueHandler) {
      if (runner !== undefined) throw new Error(`Scheduler ${queue} already has a handler.`);
      runner = await run({
        ...shared,
        concurrency: 4,
        noHandleSignals: true,
        pollInterval: options.pollIntervalMs ?? 1000,
        taskList: {
          [taskIdentifier]: async (payload, helpers) => {
            if (!isJobPayload(payload)) throw new Error(`Malformed timer job ${helpers.job.id}`);
            await handler({
              key: payload.key,
              at: new Date(helpers.job.run_at),
              payload: payload.payload,
              attempt: helpers.job.attempts,
            });
          },
        },
      });
    },
    close() {
      closing ??= (async () => {
        await runner?.stop();
        await utils.release();
        // Ends once every connection has closed; a connection graphile-worker never handed back would hold it
        // forever, so closing waits 5 s at most (the pool's error listener stays either way).
        const ended = pool.end();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([ended, new Promise((resolve) => (timer = setTimeout(resolve, POOL_END_WAIT_MS)))]);
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
