import { Logger, makeWorkerUtils, run, type Runner, type WorkerUtils } from 'graphile-worker';
import {
  assertTimerKey,
  defaultLog,
  type DueHandler,
  type Scheduler,
  type SchedulerOptions,
  type TimerPayload,
} from './Scheduler.js';

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
  const shared = { connectionString: url, schema: graphileSchema, logger };
  const utils: WorkerUtils = await makeWorkerUtils(shared);
  await utils.migrate();
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
      })();
      return closing;
    },
  };
}
