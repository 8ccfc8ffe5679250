import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Db } from './db.js';
import { migrationTableFor, type DriverConnection } from './connection.js';

export interface PgliteOpenOptions<TSchema extends Record<string, unknown>> {
  dataDir: string | undefined;
  schema: TSchema;
  migrations: string[];
  /** Postgres `shared_buffers` (e.g. `16MB`); unset: PGlite's default (128 MB of its WebAssembly memory). */
  sharedBuffers?: string | undefined;
}

/** Embedded Postgres (PGlite) in a folder or in memory; one connection, in process. */
export async function openPglite<TSchema extends Record<string, unknown>>(
  options: PgliteOpenOptions<TSchema>,
): Promise<DriverConnection<TSchema>> {
  const startParams = options.sharedBuffers === undefined ? undefined : [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffers}`];
  const client = await PGlite.create(options.dataDir ?? 'memory://', startParams === undefined ? {} : { startParams });
  const db = drizzle({ client, schema: options.schema });
  try {
    for (const [index, migrationsFolder] of options.migrations.entries()) {
      await migrate(db, { migrationsFolder, migrationsTable: migrationTableFor(index) });
    }
  } catch (error) {
    await client.close();
    throw error;
  }
  return {
    db: db as unknown as Db<TSchema>,
    kind: 'pglite',
    async query<Row extends Record<string, unknown>>(text: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>(text, [...params]);
      return result.rows;
    },
    async notify(channel, payload) {
      await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}
