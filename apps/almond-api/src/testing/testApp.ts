// Test support: the app over a fresh database (in-memory PGlite; a scratch Postgres database when DATABASE_URL is
// set), and its restart over the same data.
import { randomBytes } from 'node:crypto';
import { createNotifier, createScheduler, createScratchDatabase, type Scheduler } from '@parley/storage';
import { buildApp, type AlmondApp, type AppOptions } from '../app.js';
import { openAppDb, type AppDatabase } from '../db/openAppDb.js';
import { createSecretBox } from '../security/secretBox.js';

export type TestAppOptions = Partial<Omit<AppOptions, 'db' | 'notifier' | 'scheduler'>>;

export interface TestApp extends AlmondApp {
  database: AppDatabase;
  scheduler: Scheduler;
  /** Another instance of the app over the same database (its own notifier and scheduler); closed by `close`. */
  anotherInstance(options?: TestAppOptions): Promise<AlmondApp>;
  /** Stops this app (programs, scheduler) and builds a new one over the same data. */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
}

async function buildOver(database: AppDatabase, url: string | undefined, options: TestAppOptions & Pick<AppOptions, 'secretBox'>, drop: () => Promise<void>): Promise<TestApp> {
  const scheduler = await createScheduler(database, { queue: 'almond_programs', pollIntervalMs: 100 });
  const built = await buildApp({ ...options, db: database.db, notifier: createNotifier(database), scheduler });
  const others: Array<{ app: AlmondApp; scheduler: Scheduler }> = [];
  const closeOthers = async () => {
    for (const other of others.splice(0)) {
      await other.app.app.close();
      await other.scheduler.close();
    }
  };
  return {
    ...built,
    database,
    scheduler,
    async anotherInstance(extra = {}) {
      const ownScheduler = await createScheduler(database, { queue: 'almond_programs', pollIntervalMs: 100 });
      const other = await buildApp({ ...options, ...extra, db: database.db, notifier: createNotifier(database), scheduler: ownScheduler });
      others.push({ app: other, scheduler: ownScheduler });
      return other;
    },
    async restart() {
      await closeOthers();
      await built.app.close();
      if (url === undefined) {
        // in-memory PGlite cannot be reopened: keep the connection, stop this instance's scheduler
        await scheduler.close();
        return buildOver(database, url, options, drop);
      }
      await database.close();
      return buildOver(await openAppDb({ url }), url, options, drop);
    },
    async close() {
      await closeOthers();
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
  // one key for the app's lifetime, restarts included
  return buildOver(database, scratch?.url, { secretBox: createSecretBox(randomBytes(32)), ...options }, async () => scratch?.drop());
}
