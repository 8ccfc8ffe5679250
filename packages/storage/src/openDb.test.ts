import { afterEach, describe, expect, it } from 'vitest';
import { notes } from './testing/fixtures/schema.js';
import { makeTarget, targetNames, type TestTarget } from './testing/testTargets.js';
import { openDb, redactUrl } from './openDb.js';

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
});

describe('openDb configuration', () => {
  it('rejects a DATABASE_URL that is not a postgres URL, without echoing its password', async () => {
    await expect(
      openDb({ schema: {}, migrationsFolder: '.', url: 'mysql://root:hunter2@localhost/db' }),
    ).rejects.toThrow(/must start with postgres:\/\/.*root:\*\*\*@/);
  });

  it('redacts passwords in URLs', () => {
    expect(redactUrl('postgres://u:secret@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redactUrl('postgres://h/d')).toBe('postgres://h/d');
  });
});
