import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Db } from './db.js';
import { compileWasmWithBaselineOnly } from './baselineWasmCompiler.js';
import { migrationTableFor, type DriverConnection } from './connection.js';
import { copyPreparedDataDir, holdsDatabase } from './preparedDataDir.js';
import { pgliteStatement } from './pgliteStatement.js';

interface PgliteOpenOptions<TSchema extends Record<string, unknown>> {
  dataDir: string | undefined;
  schema: TSchema;
  migrations: string[];
  /** Postgres `shared_buffers` (e.g. `16MB`); unset: PGlite's default (128 MB of its WebAssembly memory). */
  sharedBuffers?: string | undefined;
  /**
   * An empty data folder made by this PGlite version (src/preparedDataDir.ts), copied into a `dataDir` without
   * `PG_VERSION` instead of running `initdb` (~800 MB resident at its peak). Unset, or in memory: `initdb`.
   */
  preparedDataDir?: string | undefined;
}

/** Embedded Postgres (PGlite) in a folder or in memory; one connection, in process. */
export async function openPglite<TSchema extends Record<string, unknown>>(
  options: PgliteOpenOptions<TSchema>,
): Promise<DriverConnection<TSchema>> {
  const pgliteOptions: PGliteOptions = {};
  if (options.sharedBuffers !== undefined) pgliteOptions.startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffers}`];
  if (options.preparedDataDir !== undefined && options.dataDir !== undefined && !holdsDatabase(options.dataDir)) {
    copyPreparedDataDir(options.preparedDataDir, options.dataDir);
  }
  compileWasmWithBaselineOnly();
  const client = await PGlite.create(options.dataDir ?? 'memory://', pgliteOptions);
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
    prepare: (text) => pgliteStatement(client, text),
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

