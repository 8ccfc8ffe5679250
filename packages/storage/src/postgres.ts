import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { Db } from './db.js';
import { migrationTableFor, type DriverConnection } from './connection.js';

interface PostgresOpenOptions<TSchema extends Record<string, unknown>> {
  url: string;
  schema: TSchema;
  migrations: string[];
  maxConnections: number;
}

/**
 * Seconds before reconnecting after the n-th failed connection attempt. postgres.js counts failures across the
 * whole pool, LISTEN connection included, and by default waits up to 20 s (3^n / 100 s): after a Postgres restart
 * of a few seconds under load, LISTEN/NOTIFY (the Notifier) stayed deaf for 10–20 s. Capped at 1 s instead.
 */
const reconnectDelaySeconds = (failures: number): number => Math.min(0.05 * 2 ** failures, 1);

/** Postgres through postgres.js. Several instances may share one database. */
export async function openPostgres<TSchema extends Record<string, unknown>>(
  options: PostgresOpenOptions<TSchema>,
): Promise<DriverConnection<TSchema>> {
  const sql = postgres(options.url, { max: options.maxConnections, onnotice: () => undefined, backoff: reconnectDelaySeconds });
  const db = drizzle({ client: sql, schema: options.schema });
  try {
    // Instances starting together would race on the migration tables: one holds this lock while migrating.
    const lockHolder = await sql.reserve();
    try {
      await lockHolder`SELECT pg_advisory_lock(hashtext('parley.migrations'))`;
      for (const [index, migrationsFolder] of options.migrations.entries()) {
        await migrate(db, { migrationsFolder, migrationsTable: migrationTableFor(index) });
      }
    } finally {
      await lockHolder`SELECT pg_advisory_unlock(hashtext('parley.migrations'))`;
      lockHolder.release();
    }
  } catch (error) {
    await sql.end({ timeout: 5 });
    throw error;
  }
  return {
    db: db as unknown as Db<TSchema>,
    kind: 'postgres',
    async query<Row extends Record<string, unknown>>(text: string, params: readonly unknown[] = []) {
      const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as Row[];
    },
    prepare: (text) => async <Row extends Record<string, unknown>>(params: readonly unknown[] = []) => {
      const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
      return rows as unknown as Row[];
    },
    async notify(channel, payload) {
      await sql.notify(channel, payload);
    },
    async listen(channel, onPayload) {
      const subscription = await sql.listen(channel, onPayload);
      return () => subscription.unlisten();
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
