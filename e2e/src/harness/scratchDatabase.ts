// One Postgres database per test file, beside CI's DATABASE_URL (@parley/storage's createScratchDatabase).
import { createScratchDatabase, type ScratchDatabase } from '@parley/storage';

/** CI's Postgres (trust auth); unset → the Postgres-only suites are skipped. */
export const adminUrl: string | undefined = process.env.DATABASE_URL?.trim() || undefined;

export const needsPostgres = 'needs Postgres: set DATABASE_URL (CI does) to run several instances on one database';

export async function scratchDatabase(label: string): Promise<ScratchDatabase> {
  if (adminUrl === undefined) throw new Error(needsPostgres);
  return createScratchDatabase(adminUrl, `e2e_${label}`);
}

/** A scratch Postgres database when DATABASE_URL is set (faster to start than PGlite), else undefined (PGlite). */
export async function scratchDatabaseIfAvailable(label: string): Promise<ScratchDatabase | undefined> {
  return adminUrl === undefined ? undefined : scratchDatabase(label);
}
