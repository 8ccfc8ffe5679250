import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Database } from './openDb.js';
import { copyPreparedDataDir, findPreparedDataDir, installedPgliteVersion, preparedDataDirName } from './preparedDataDir.js';
import * as schema from './testing/fixtures/schema.js';

const migrationsFolder = fileURLToPath(new URL('./testing/fixtures/drizzle', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'parley-prepared-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('findPreparedDataDir', () => {
  it('finds the data folder of the installed PGlite version only', () => {
    const folder = join(scratch, 'versions');
    expect(installedPgliteVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(findPreparedDataDir(folder, '9.9.9')).toBeUndefined();
    for (const version of ['0.0.1', '9.9.9']) mkdirSync(join(folder, preparedDataDirName(version)), { recursive: true });
    writeFileSync(join(folder, preparedDataDirName('0.0.1'), 'PG_VERSION'), '17\n');
    expect(findPreparedDataDir(folder, '9.9.9')).toBeUndefined();
    writeFileSync(join(folder, preparedDataDirName('9.9.9'), 'PG_VERSION'), '17\n');
    expect(findPreparedDataDir(folder, '9.9.9')).toBe(join(folder, 'empty-9.9.9'));
  });
});

describe('openDb with pglitePreparedDataDir', () => {
  // A prepared data folder with a marker table, so a database proves it started from it.
  const prepared = join(scratch, 'marked');
  const hasMarker = async (database: Database<typeof schema>): Promise<boolean> =>
    (await database.query<{ found: boolean }>("SELECT to_regclass('public.prepared_marker') IS NOT NULL AS found"))[0]?.found === true;

  beforeAll(async () => {
    const built = findPreparedDataDir();
    if (built === undefined) {
      const pg = await PGlite.create(prepared);
      await pg.close();
    } else {
      copyPreparedDataDir(built, prepared);
    }
    const pg = await PGlite.create(prepared);
    await pg.exec('CREATE TABLE prepared_marker (id int)');
    await pg.close();
  });

  it('starts a new data folder as a copy of it, leaves the prepared folder alone, and reopens the copy as it is', async () => {
    const dataDir = join(scratch, 'new');
    const first = await openDb({ schema, migrationsFolder, dataDir, pglitePreparedDataDir: prepared });
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(await hasMarker(first)).toBe(true);
    await first.db.insert(schema.notes).values({ body: 'kept' });
    await first.close();

    const second = await openDb({ schema, migrationsFolder, dataDir, pglitePreparedDataDir: prepared });
    expect(await second.db.select({ body: schema.notes.body }).from(schema.notes)).toEqual([{ body: 'kept' }]);
    await second.close();

    const other = await openDb({ schema, migrationsFolder, dataDir: join(scratch, 'other'), pglitePreparedDataDir: prepared });
    expect(await other.db.select({ body: schema.notes.body }).from(schema.notes)).toEqual([]);
    await other.close();
  });

  it('copies again over a copy cut short (no PG_VERSION yet)', async () => {
    const dataDir = join(scratch, 'cut');
    copyPreparedDataDir(prepared, dataDir);
    rmSync(join(dataDir, 'PG_VERSION'));
    rmSync(join(dataDir, 'global'), { recursive: true });
    const database = await openDb({ schema, migrationsFolder, dataDir, pglitePreparedDataDir: prepared });
    expect(await hasMarker(database)).toBe(true);
    await database.close();
  });

  it('starts from a prepared folder that lost its empty folders (as npm pack ships it)', async () => {
    const packed = join(scratch, 'packed');
    cpSync(prepared, packed, { recursive: true, filter: (source) => !statSync(source).isDirectory() || readdirSync(source).length > 0 });
    expect(existsSync(join(packed, 'pg_tblspc'))).toBe(false);
    const database = await openDb({ schema, migrationsFolder, dataDir: join(scratch, 'from-packed'), pglitePreparedDataDir: packed });
    expect(await hasMarker(database)).toBe(true);
    await database.close();
  });

  it('runs initdb when told false', async () => {
    const database = await openDb({ schema, migrationsFolder, dataDir: join(scratch, 'initdb'), pglitePreparedDataDir: false });
    expect(await hasMarker(database)).toBe(false);
    await database.close();
  });
});
