// Test support: the app over a fresh database (in-memory PGlite; a scratch Postgres database when DATABASE_URL is
// set), and its restart over the same database.
import { createNotifier, createScheduler, createScratchDatabase, type Scheduler } from '@parley/storage';
import { buildApp, type AlmondApp, type AppOptions } from '../app.js';
import { openAppDb, type AppDatabase } from '../db/openAppDb.js';

export type TestAppOptions = Partial<Omit<AppOptions, 'db' | 'notifier' | 'scheduler'>>;

export interface TestApp extends AlmondApp {
  database: AppDatabase;
  scheduler: Scheduler;
  /** Stops this app (programs, scheduler) and builds a new one over the same database. */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
}

async function buildOver(database: AppDatabase, options: TestAppOptions, drop: () => Promise<void>): Promise<TestApp> {
  const scheduler = await createScheduler(database, { queue: 'almond_programs', pollIntervalMs: 100 });
  const built = await buildApp({ ...options, db: database.db, notifier: createNotifier(database), scheduler });
  return {
    ...built,
    database,
    scheduler,
    async restart() {
      await built.app.close();
      await scheduler.close();
      return buildOver(database, options, drop);
    },
    async close() {
      await built.app.close();
      await database.close();
      await drop();
    },
  };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = process.env.DATABASE_URL;
  const scratch = adminUrl ? await createScratchDatabase(adminUrl, 'almond') : undefined;
  const database = await openAppDb({ url: scratch?.url });
  return buildOver(database, options, async () => scratch?.drop());
}
