// Opens this app's database (PGlite in DATA_DIR or Postgres at DATABASE_URL) with its migrations applied.
import { findMigrationsFolder, openDb, type Database as OpenDatabase } from '@parley/storage';
import { schema } from './schema.js';

export type AppDatabase = OpenDatabase<typeof schema>;

/** The app's `drizzle/` folder, found from `dist/` (bundled) or from `src/db/` (tests). */
export const migrationsFolder = findMigrationsFolder(import.meta.url);

export function openAppDb(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<AppDatabase> {
  return openDb({ schema, migrationsFolder, url: options.url, dataDir: options.dataDir });
}
