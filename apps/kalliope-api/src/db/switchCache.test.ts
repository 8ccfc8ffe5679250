// The switch cache across two instances on one database (in-memory PGlite; a scratch Postgres database when
// DATABASE_URL is set): a switch set on one instance reaches the other through the Notifier, and a change the
// Notifier cannot carry (made in the database by hand) ends with the kept values' life.
import type { Database, Notifier } from '@parley/storage';
import { setTimeout as wait } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/kalliopeTestApp.js';
import { KalliopeStore } from './kalliopeStore.js';
import { kalliopeSwitches, type KalliopeSchema } from './schema.js';
import { createSwitchCache, SWITCH_CACHE_TTL_MS, type StoredSwitches } from './switchCache.js';

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => {
  await database.close();
  await drop();
});

const clock = { time: 0 };
async function twoInstances(): Promise<[KalliopeStore, KalliopeStore]> {
  const timing = { switchCache: { now: () => clock.time } };
  const instances: [KalliopeStore, KalliopeStore] = [new KalliopeStore(database, timing), new KalliopeStore(database, timing)];
  await Promise.all(instances.map((instance) => instance.ready()));
  return instances;
}

/** Waits up to 2 s for `store` to see `value` (the notification travels through the database). */
async function eventually(store: KalliopeStore, value: boolean | undefined): Promise<boolean | undefined> {
  let seen = await store.getSwitch('mute');
  for (let waited = 0; seen !== value && waited < 2000; waited += 20) {
    await wait(20);
    seen = await store.getSwitch('mute');
  }
  return seen;
}

describe('switch cache', () => {
  it('a switch set on one instance is seen by the other without the kept values expiring', async () => {
    const [a, b] = await twoInstances();
    await a.setSwitch('mute', false);
    expect(await a.getSwitch('mute')).toBe(false);
    expect(await b.getSwitch('mute')).toBe(false); // kept by B from now on
    await a.setSwitch('mute', true);
    expect(await a.getSwitch('mute')).toBe(true); // the setter sees its change at once
    expect(await eventually(b, true)).toBe(true);
    await b.setSwitch('mute', false);
    expect(await eventually(a, false)).toBe(false);
  });

  it('a change made in the database by hand is seen once the kept values expire', async () => {
    const [a] = await twoInstances();
    await a.setSwitch('deaf', false);
    expect(await a.getSwitch('deaf')).toBe(false);
    const keptAt = clock.time;
    await database.db.update(kalliopeSwitches).set({ value: true });
    clock.time = keptAt + SWITCH_CACHE_TTL_MS - 1;
    expect(await a.getSwitch('deaf')).toBe(false);
    clock.time = keptAt + SWITCH_CACHE_TTL_MS;
    expect(await a.getSwitch('deaf')).toBe(true);
    expect(await a.readSwitch('deaf')).toBe(true);
  });
});

describe('createSwitchCache', () => {
  /** A notifier of one process: publish calls the subscribed handlers. */
  function localNotifier(): Notifier {
    const handlers = new Set<(payload: string) => void>();
    return {
      publish: (_channel, payload) => Promise.resolve(handlers.forEach((handler) => handler(payload))),
      subscribe: (_channel, handler) => {
        handlers.add(handler);
        return Promise.resolve(() => Promise.resolve(void handlers.delete(handler)));
      },
      close: () => Promise.resolve(handlers.clear()),
    };
  }

  it('reads once for concurrent callers, and does not keep a read that was in flight during a change', async () => {
    let stored: StoredSwitches = new Map([['mute', false]]);
    let release = () => {};
    let reads = 0;
    const cache = createSwitchCache({
      notifier: localNotifier(),
      load: () => {
        reads += 1;
        const seen = stored;
        return new Promise((resolve) => (release = () => resolve(seen)));
      },
      now: () => 0,
    });
    await cache.ready();
    const first = [cache.read(), cache.read()];
    expect(reads).toBe(1);
    stored = new Map([['mute', true]]);
    await cache.changed(); // the change is stored while the read is in flight
    release();
    expect((await Promise.all(first)).map((switches) => switches.get('mute'))).toEqual([false, false]);
    const after = cache.read();
    expect(reads).toBe(2);
    release();
    expect((await after).get('mute')).toBe(true);
    expect((await cache.read()).get('mute')).toBe(true);
    expect(reads).toBe(2);
  });
});
