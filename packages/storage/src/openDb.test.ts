import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { notes } from './testing/fixtures/schema.js';
import { makeTarget, targetNames, type TestTarget } from './testing/testTargets.js';
import { createScratchDatabase } from './testing/scratchDatabase.js';
import { openDb, poolSizeOf, redactUrl } from './openDb.js';

describe.each(targetNames)('openDb on %s', (name) => {
  let target: TestTarget;
  afterEach(async () => target.dispose());

  it('applies the app migrations and answers drizzle queries', async () => {
    target = await makeTarget(name, 'opendb');
    const database = await target.open();
    expect(database.kind).toBe(name);
    await database.db.insert(notes).values({ body: 'hello' });
    expect(await database.db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'hello' }]);
    await database.close();
  });

  it('keeps data across close and reopen, running migrations only once', async () => {
    target = await makeTarget(name, 'reopen');
    const first = await target.open();
    await first.db.insert(notes).values({ body: 'kept' });
    await first.close();
    const second = await target.open();
    expect(await second.db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'kept' }]);
    const applied = await second.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(applied[0]?.n).toBe(1);
    await second.close();
  });

  it('runs raw queries with parameters', async () => {
    target = await makeTarget(name, 'raw');
    const database = await target.open();
    expect(await database.query<{ sum: number }>('SELECT $1::int + $2::int AS sum', [2, 3])).toEqual([{ sum: 5 }]);
    await database.close();
  });

  it('runs prepared statements again and again with new parameters, rows typed as raw queries give them', async () => {
    target = await makeTarget(name, 'prepared');
    const database = await target.open();
    const insert = database.prepare('INSERT INTO notes (body) VALUES ($1) RETURNING id, body');
    const [first] = await insert<{ id: number; body: string }>(['one']);
    const [second] = await insert<{ id: number; body: string }>(['two']);
    expect(second?.id).toBe((first?.id ?? 0) + 1);
    const sum = database.prepare('SELECT $1::int + $2::int AS sum, $3::jsonb AS doc, $4::text AS absent');
    expect(await sum([2, 3, '{"a":[1]}', null])).toEqual([{ sum: 5, doc: { a: [1] }, absent: null }]);
    expect(await sum([4, 5, '2', null])).toEqual([{ sum: 9, doc: 2, absent: null }]);
    expect(await database.prepare("UPDATE notes SET body = 'x' WHERE id = $1")([-1])).toEqual([]);
    await database.close();
  });

  it('reports a failing prepared statement and keeps answering', async () => {
    target = await makeTarget(name, 'preparedfail');
    const database = await target.open();
    const divide = database.prepare('SELECT 10 / $1::int AS q');
    await expect(divide([0])).rejects.toThrow(/division by zero/);
    expect(await divide([2])).toEqual([{ q: 5 }]);
    await expect(database.prepare('SELEC nothing')([])).rejects.toThrow(/syntax error/);
    expect(await database.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await database.close();
  });

  it('waits for a transaction in progress instead of running inside it', async () => {
    target = await makeTarget(name, 'preparedtx');
    const database = await target.open();
    const insert = database.prepare('INSERT INTO notes (body) VALUES ($1)');
    let inserted: Promise<unknown> | undefined;
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(notes).values({ body: 'rolled back' });
        inserted = insert(['kept']);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await inserted;
    expect(await database.db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'kept' }]);
    await database.close();
  });
});

describe('openDb configuration', () => {
  it('rejects a DATABASE_URL that is not a postgres URL, without echoing its password', async () => {
    await expect(
      openDb({ schema: {}, migrationsFolder: '.', url: 'mysql://root:hunter2@localhost/db' }),
    ).rejects.toThrow(/must start with postgres:\/\/.*root:\*\*\*@/);
  });

  it('reads the pool size from the URL\'s max parameter (default 10, at least 2)', () => {
    expect(poolSizeOf('postgres://h/d')).toBe(10);
    expect(poolSizeOf('postgres://h/d?max=25')).toBe(25);
    expect(() => poolSizeOf('postgres://h/d?max=1')).toThrow(/at least 2/);
    expect(() => poolSizeOf('postgres://h/d?max=lots')).toThrow(/at least 2/);
  });

  it.runIf(process.env.DATABASE_URL)('opens at most max connections on Postgres', async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL as string, 'poolsize');
    const database = await openDb({ schema: {}, migrationsFolder: fileURLToPath(new URL('./testing/fixtures/drizzle', import.meta.url)), url: `${scratch.url}?max=3` });
    try {
      await Promise.all(Array.from({ length: 8 }, () => database.query('SELECT pg_sleep(0.2)')));
      const [row] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()');
      expect(row?.n).toBe(3);
    } finally {
      await database.close();
      await scratch.drop();
    }
  });

  it('opens without app migrations when the app has no tables of its own', async () => {
    const database = await openDb({ schema: {} });
    try {
      const tables = await database.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE tablename = 'parley_timers'");
      expect(tables).toEqual([{ name: 'parley_timers' }]);
      expect(await database.query('SELECT count(*)::int AS n FROM pg_tables WHERE tablename = \'__drizzle_migrations\'')).toEqual([{ n: 0 }]);
    } finally {
      await database.close();
    }
  });

  it('redacts passwords in URLs', () => {
    expect(redactUrl('postgres://u:secret@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redactUrl('postgres://h/d')).toBe('postgres://h/d');
  });
});
