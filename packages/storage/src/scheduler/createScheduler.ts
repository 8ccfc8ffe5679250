import type { Database } from '../openDb.js';
import { createGraphileScheduler } from './graphileScheduler.js';
import { createPgliteScheduler } from './pgliteScheduler.js';
import type { Scheduler, SchedulerOptions } from './Scheduler.js';

/**
 * The Scheduler for a database: graphile-worker on Postgres, the in-process scheduler on PGlite. It is closed
 * with the database.
 */
export async function createScheduler<TSchema extends Record<string, unknown>>(
  database: Database<TSchema>,
  options: SchedulerOptions,
): Promise<Scheduler> {
  const scheduler =
    database.kind === 'postgres' && database.url !== undefined
      ? await createGraphileScheduler(database.url, options)
      : createPgliteScheduler(database.query, options);
  database.attach(scheduler);
  return scheduler;
}
