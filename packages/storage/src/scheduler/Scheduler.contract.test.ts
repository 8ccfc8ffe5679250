import { describe, expect, it } from 'vitest';
import { sleep, targetFixture, targetNames, waitFor } from '../testing/testTargets.js';
import { createScheduler } from './createScheduler.js';
import type { DueTimer } from './Scheduler.js';

const quiet = { pollIntervalMs: 100, log: () => undefined };
const soon = (ms = 150): Date => new Date(Date.now() + ms);

describe.each(targetNames)('Scheduler contract on %s', (name) => {
  const { start, openStore } = targetFixture(name);

  it('fires a timer once it is due, with its payload', async () => {
    await start('sched_fire');
    const scheduler = await createScheduler(await openStore(), { queue: 'q', ...quiet });
    const fired: DueTimer[] = [];
    await scheduler.onDue(async (timer) => void fired.push(timer));
    const at = soon();
    await scheduler.schedule('k1', at, { program: 42 });
    await waitFor(() => fired.length === 1, 10_000, 'the timer');
    expect(fired[0]).toMatchObject({ key: 'k1', payload: { program: 42 }, attempt: 1 });
    expect(fired[0]?.at.getTime()).toBe(at.getTime());
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  });

  it('replaces the pending timer of a key when it is scheduled again', async () => {
    await start('sched_replace');
    const scheduler = await createScheduler(await openStore(), { queue: 'q', ...quiet });
    const fired: DueTimer[] = [];
    await scheduler.onDue(async (timer) => void fired.push(timer));
    await scheduler.schedule('k', soon(300), 'first');
    await scheduler.schedule('k', soon(400), 'second');
    await waitFor(() => fired.length >= 1, 10_000, 'the timer');
    await sleep(600);
    expect(fired.map((timer) => timer.payload)).toEqual(['second']);
  });

  it('cancels a pending timer and says whether there was one', async () => {
    await start('sched_cancel');
    const scheduler = await createScheduler(await openStore(), { queue: 'q', ...quiet });
    const fired: string[] = [];
    await scheduler.onDue(async (timer) => void fired.push(timer.key));
    await scheduler.schedule('gone', soon(300), null);
    await scheduler.schedule('kept', soon(400), null);
    expect(await scheduler.cancel('gone')).toBe(true);
    expect(await scheduler.cancel('never-scheduled')).toBe(false);
    await waitFor(() => fired.includes('kept'), 10_000, 'the kept timer');
    await sleep(300);
    expect(fired).toEqual(['kept']);
  });

  it('keeps queues apart', async () => {
    await start('sched_queues');
    const database = await openStore();
    const a = await createScheduler(database, { queue: 'a', ...quiet });
    const b = await createScheduler(database, { queue: 'b', ...quiet });
    const firedA: string[] = [];
    const firedB: string[] = [];
    await a.onDue(async (timer) => void firedA.push(String(timer.payload)));
    await b.onDue(async (timer) => void firedB.push(String(timer.payload)));
    await a.schedule('same-key', soon(), 'for a');
    await b.schedule('same-key', soon(), 'for b');
    await waitFor(() => firedA.length === 1 && firedB.length === 1, 10_000, 'both queues');
    expect([firedA, firedB]).toEqual([['for a'], ['for b']]);
  });

  it('fires each timer exactly once when two instances run', async () => {
    const target = await start('sched_once');
    const first = await openStore();
    // PGlite has one connection per folder: two schedulers share it, as two instances of one process would.
    const second = target.concurrentConnections ? await openStore() : first;
    const schedulerA = await createScheduler(first, { queue: 'q', ...quiet });
    const schedulerB = await createScheduler(second, { queue: 'q', ...quiet });
    const fired: string[] = [];
    await schedulerA.onDue(async (timer) => void fired.push(`A:${timer.key}`));
    await schedulerB.onDue(async (timer) => void fired.push(`B:${timer.key}`));
    const keys = Array.from({ length: 12 }, (_, index) => `timer-${index}`);
    for (const [index, key] of keys.entries()) {
      await (index % 2 === 0 ? schedulerA : schedulerB).schedule(key, soon(200 + index * 10), index);
    }
    await waitFor(() => fired.length >= keys.length, 15_000, 'all timers');
    await sleep(800);
    const firedKeys = fired.map((entry) => entry.slice(2)).sort();
    expect(firedKeys).toEqual([...keys].sort());
  });

  it('keeps a timer across closing and reopening the store', async () => {
    const target = await start('sched_restart');
    const before = await target.open();
    const schedulerBefore = await createScheduler(before, { queue: 'q', ...quiet });
    await schedulerBefore.schedule('survivor', soon(300), { user: 'u1' });
    await before.close();
    const after = await openStore();
    const scheduler = await createScheduler(after, { queue: 'q', ...quiet });
    const fired: DueTimer[] = [];
    await scheduler.onDue(async (timer) => void fired.push(timer));
    await waitFor(() => fired.length === 1, 10_000, 'the surviving timer');
    expect(fired[0]).toMatchObject({ key: 'survivor', payload: { user: 'u1' } });
  });

  it('fires a timer that came due while no instance was running', async () => {
    const target = await start('sched_overdue');
    const before = await target.open();
    await (await createScheduler(before, { queue: 'q', ...quiet })).schedule('overdue', soon(10), 1);
    await before.close();
    await sleep(100);
    const scheduler = await createScheduler(await openStore(), { queue: 'q', ...quiet });
    const fired: string[] = [];
    await scheduler.onDue(async (timer) => void fired.push(timer.key));
    await waitFor(() => fired.length === 1, 10_000, 'the overdue timer');
    expect(fired).toEqual(['overdue']);
  });

  it('retries a timer whose handler failed', async () => {
    await start('sched_retry');
    const scheduler = await createScheduler(await openStore(), { queue: 'q', ...quiet });
    const attempts: number[] = [];
    await scheduler.onDue(async (timer) => {
      attempts.push(timer.attempt);
      if (timer.attempt === 1) throw new Error('device offline');
    });
    await scheduler.schedule('flaky', soon(50), null);
    await waitFor(() => attempts.length === 2, 15_000, 'the retry');
    expect(attempts).toEqual([1, 2]);
  });

  it('refuses an empty key', async () => {
    await start('sched_key');
    const scheduler = await createScheduler(await openStore(), { queue: 'q', ...quiet });
    await expect(scheduler.schedule('', soon(), null)).rejects.toThrow(RangeError);
  });
});

describe.each(targetNames)('Scheduler closing on %s', (name) => {
  const { start, openStore } = targetFixture(name);

  it('may be closed twice, before and with its database', async () => {
    await start('sched_close');
    const database = await openStore();
    // No onDue here: stopping graphile-worker's runner while it is still starting leaves a late LISTEN connection
    // that the scratch database's DROP … WITH (FORCE) then kills as an uncaught pool error.
    const scheduler = await createScheduler(database, { queue: 'q', ...quiet });
    await scheduler.close();
    await expect(scheduler.close()).resolves.toBeUndefined();
    await expect(database.close()).resolves.toBeUndefined();
  });
});

describe.each(targetNames.filter((name) => name === 'postgres'))('Scheduler connections on %s', (name) => {
  const { start, openStore } = targetFixture(name);

  it('outlives its connections being terminated, logs their errors, and closes with none left', async () => {
    // How soon graphile-worker works again on new connections is its own matter (the apps' e2e Postgres restart
    // tests cover it); this is about the connections' errors reaching a listener instead of ending the process.
    await start('sched_terminated');
    const database = await openStore();
    const warnings: string[] = [];
    const scheduler = await createScheduler(database, { queue: 'cut', pollIntervalMs: 100, log: (_level, message) => warnings.push(message) });
    await scheduler.onDue(async () => undefined);
    const ours = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parley-scheduler:cut'";
    await waitFor(async () => (await database.query(ours)).length > 0);
    await database.query(`SELECT pg_terminate_backend(pid) FROM (${ours}) AS scheduler`);
    await waitFor(() => warnings.some((message) => message.includes('a database connection failed')));
    await scheduler.close();
    await waitFor(async () => (await database.query(ours)).length === 0);
  });
});
