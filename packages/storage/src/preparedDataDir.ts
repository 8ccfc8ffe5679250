import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folder of the prepared empty PGlite data folders, one per PGlite version, written by
 * `scripts/prepareEmptyPgdata.mjs` at `pnpm build`: `../pgdata` seen from `src/` and from `dist/`.
 */
const preparedDataDirsFolder = fileURLToPath(new URL('../pgdata', import.meta.url));

/** The installed `@electric-sql/pglite` version: a data folder is only reused by the PGlite that wrote it. */
export function installedPgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Name of the prepared empty data folder of one PGlite version. */
export function preparedDataDirName(pgliteVersion: string): string {
  return `empty-${pgliteVersion}`;
}

/** Whether `dataDir` holds a database (`PG_VERSION` is the file Postgres and PGlite look for). */
export function holdsDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/**
 * The empty data folder prepared by the installed PGlite, or `undefined` when none was prepared (a new data folder
 * is then made by PGlite's `initdb`, which peaks at ~800 MB resident).
 */
export function findPreparedDataDir(folder: string = preparedDataDirsFolder, pgliteVersion: string = installedPgliteVersion()): string | undefined {
  const prepared = join(folder, preparedDataDirName(pgliteVersion));
  return holdsDatabase(prepared) ? prepared : undefined;
}

/**
 * The folders of a new data folder that hold nothing yet. `npm pack` and `pnpm pack` drop empty folders, so the
 * prepared data folder of an installed package lacks them, and PGlite will not start without them.
 */
const EMPTY_CLUSTER_FOLDERS = [
  'pg_commit_ts', 'pg_dynshmem', 'pg_logical/mappings', 'pg_logical/snapshots', 'pg_notify', 'pg_replslot', 'pg_serial',
  'pg_snapshots', 'pg_stat', 'pg_stat_tmp', 'pg_tblspc', 'pg_twophase', 'pg_wal/archive_status', 'pg_wal/summaries',
];

/**
 * Copies the prepared empty data folder into `dataDir` and makes its empty folders, `PG_VERSION` last: a copy cut
 * short leaves a folder that does not pass for a database, so the next start copies again.
 */
export function copyPreparedDataDir(prepared: string, dataDir: string): void {
  cpSync(prepared, dataDir, { recursive: true, filter: (source) => source !== join(prepared, 'PG_VERSION') });
  for (const folder of EMPTY_CLUSTER_FOLDERS) mkdirSync(join(dataDir, folder), { recursive: true });
  copyFileSync(join(prepared, 'PG_VERSION'), join(dataDir, 'PG_VERSION'));
}
