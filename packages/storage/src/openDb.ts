import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Closable, Db, DriverKind, PreparedQuery, RawQuery } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import { findPreparedDataDir } from './preparedDataDir.js';

export interface OpenDbOptions<TSchema extends Record<string, unknown>> {
  /** The app's drizzle schema (its tables), for typed relational queries. */
  schema: TSchema;
  /** Folder of the app's drizzle-kit migrations (`drizzle/`, shipped with the app). Applied at open; unset when the
   * app has no tables of its own (only the Scheduler, Notifier and key locks). */
  migrationsFolder?: string | undefined;
  /** `postgres://…` or `postgresql://…` selects Postgres; unset or empty selects embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory; unset keeps the database in memory. Ignored for Postgres. */
  dataDir?: string | undefined;
  /**
   * PGlite's `shared_buffers`: a small buffer cache keeps a process with a small database small (its pages stay in
   * the operating system's file cache). Default `16MB` (PGlite's own default is 128 MB of its WebAssembly memory,
   * resident as soon as it is touched); give a larger value for a large database. Ignored for Postgres.
   */
  pgliteSharedBuffers?: string | undefined;
  /**
   * An empty PGlite data folder copied into a new `dataDir` instead of running PGlite's `initdb` (~800 MB resident
   * at its peak). Default: the one `pnpm build` prepared for the installed PGlite (`pgdata/empty-<version>/`), if
   * any; `false` always runs `initdb`. Ignored for Postgres and for an in-memory database.
   */
  pglitePreparedDataDir?: string | false | undefined;
  /** Maximum Postgres connections of this instance (default: the URL's `?max=`, else 10; at least 2). */
  maxConnections?: number | undefined;
}

/** An open database: the drizzle handle, a raw SQL escape hatch for the ports, and `close()`. */
export interface Database<TSchema extends Record<string, unknown> = Record<string, never>> {
  readonly db: Db<TSchema>;
  readonly kind: DriverKind;
  /** The Postgres URL when `kind` is `postgres` (graphile-worker opens its own pool with it). */
  readonly url: string | undefined;
  /** Runs raw SQL with $n parameters; used by the Scheduler and Notifier ports. */
  readonly query: RawQuery;
  /**
   * `text` as a prepared statement, for a query run often: PGlite parses and plans it once and runs it in one call
   * (pgliteStatement.ts), Postgres prepares it once per pooled connection. Rows as `query` gives them. Not for use
   * inside a transaction (it runs on the database itself; on PGlite it would wait for the transaction to end).
   */
  prepare(text: string): PreparedQuery;
  /** Sends `NOTIFY channel, payload`. */
  notify(channel: string, payload: string): Promise<void>;
  /** Starts listening on `channel`; resolves to the function that stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes what was attached with {@link Database.attach} (last attached first), then the connection. */
  close(): Promise<void>;
  /** Ties a resource (scheduler, notifier) to this database, so `close()` closes it first. */
  attach(resource: Closable): void;
}

/** The storage package's own migrations (the in-process scheduler's table). */
const storageMigrations = fileURLToPath(new URL('../drizzle', import.meta.url));

/** PGlite's buffer cache unless `pgliteSharedBuffers` says otherwise: the apps' databases are small. */
const DEFAULT_PGLITE_SHARED_BUFFERS = '16MB';

function preparedDataDirOf(options: OpenDbOptions<Record<string, unknown>>): string | undefined {
  if (options.pglitePreparedDataDir === false) return undefined;
  return options.pglitePreparedDataDir ?? findPreparedDataDir();
}

/**
 * Opens the database an app runs on and brings its schema up to date: Postgres when `url` is a postgres URL,
 * otherwise embedded PGlite in `dataDir` (or in memory). The same drizzle migrations run on both.
 */
export async function openDb<TSchema extends Record<string, unknown>>(
  options: OpenDbOptions<TSchema>,
): Promise<Database<TSchema>> {
  const url = options.url?.trim() || undefined;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${redactUrl(url)}").`);
  }
  if (url === undefined && options.dataDir !== undefined) mkdirSync(options.dataDir, { recursive: true });
  const migrations = options.migrationsFolder === undefined ? [storageMigrations] : [storageMigrations, options.migrationsFolder];
  const connection =
    url !== undefined
      ? await openPostgres({ url, schema: options.schema, migrations, maxConnections: options.maxConnections ?? poolSizeOf(url) })
      : await openPglite({
          dataDir: options.dataDir,
          schema: options.schema,
          migrations,
          sharedBuffers: options.pgliteSharedBuffers ?? DEFAULT_PGLITE_SHARED_BUFFERS,
          preparedDataDir: preparedDataDirOf(options),
        });

  const attached: Closable[] = [];
  let closing: Promise<void> | undefined;
  return {
    ...connection,
    url,
    attach: (resource) => void attached.push(resource),
    close() {
      closing ??= (async () => {
        // Every resource gets closed and the connection always ends, even when one of them fails to close.
        const failures: unknown[] = [];
        for (const resource of attached.reverse()) await resource.close().catch((error: unknown) => failures.push(error));
        await connection.close();
        if (failures.length > 0) throw new AggregateError(failures, 'Some storage resources failed to close');
      })();
      return closing;
    },
  };
}

/**
 * The pool size an operator gives in the URL (`postgres://…/db?max=20`, postgres.js's own parameter), else 10.
 * At least 2: migrations hold one connection for their lock while they run on another.
 */
export function poolSizeOf(url: string): number {
  const raw = new URL(url).searchParams.get('max');
  if (raw === null) return 10;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 2) throw new Error(`DATABASE_URL: max must be an integer of at least 2 (got "${raw}").`);
  return size;
}

/** Hides the password of a connection URL in messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
