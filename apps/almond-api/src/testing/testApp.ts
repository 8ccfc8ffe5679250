// Test support: the app over a fresh database (in-memory PGlite; a scratch Postgres database when DATABASE_URL is
// set), with helpers to log in and to run the OAuth flow.
import { createNotifier, createScratchDatabase } from '@parley/storage';
import { buildApp, type AlmondApp, type AppOptions } from '../app.js';
import { openAppDb, type AppDatabase } from '../db/openAppDb.js';

export interface TestApp extends AlmondApp {
  database: AppDatabase;
  close(): Promise<void>;
}

export async function startTestApp(options: Partial<Omit<AppOptions, 'db' | 'notifier'>> = {}): Promise<TestApp> {
  const adminUrl = process.env.DATABASE_URL;
  const scratch = adminUrl ? await createScratchDatabase(adminUrl, 'almond') : undefined;
  const database = await openAppDb({ url: scratch?.url });
  const built = await buildApp({ ...options, db: database.db, notifier: createNotifier(database) });
  return {
    ...built,
    database,
    async close() {
      await built.app.close();
      await database.close();
      await scratch?.drop();
    },
  };
}
