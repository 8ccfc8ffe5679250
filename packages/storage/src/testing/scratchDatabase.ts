import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** A throw-away Postgres database for one test file. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database next to the one `adminUrl` names (e.g. CI's DATABASE_URL), so that test files running
 * in parallel never see each other's tables. `drop()` removes it, closing leftover connections.
 */
export async function createScratchDatabase(adminUrl: string, label = 'test'): Promise<ScratchDatabase> {
  const name = `parley_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
