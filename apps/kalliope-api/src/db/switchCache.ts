// The mute/deaf switches as this instance last read them. Every order without `mute` in its body needs the mute
// switch; instead of a query per order, the stored switches are read once and kept for SWITCH_CACHE_TTL_MS. A switch
// set on this instance clears the kept values at once; set on another instance, the storage Notifier (Postgres
// LISTEN/NOTIFY, PGlite's in-process listen) tells this one to clear them. Delivery is at most once: a notification
// lost while the listening connection was down is covered by the values' short life. Until this instance listens,
// nothing is kept.
import { createReadCache, type Notifier } from '@parley/storage';
import { randomUUID } from 'node:crypto';

/** The switches as stored (a switch never set has no row). */
export type StoredSwitches = ReadonlyMap<string, boolean>;

export const SWITCHES_CHANNEL = 'kalliope_switches_changed';

/** How long switches read from the database answer at most. */
export const SWITCH_CACHE_TTL_MS = 1000;

export interface SwitchCacheTiming {
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export interface SwitchCacheOptions extends SwitchCacheTiming {
  readonly notifier: Notifier;
  /** Reads every stored switch (one query). */
  readonly load: () => Promise<StoredSwitches>;
}

export interface SwitchCache {
  /** The stored switches, kept or read afresh. */
  read(): Promise<StoredSwitches>;
  /** Call once a switch change is stored: clears the kept values here, then on every other instance. */
  changed(): Promise<void>;
  /** Resolves once this instance listens for the other instances' changes (values are kept only from then on). */
  ready(): Promise<void>;
}

export function createSwitchCache({ notifier, load, ttlMs = SWITCH_CACHE_TTL_MS, now = Date.now }: SwitchCacheOptions): SwitchCache {
  const kept = createReadCache<StoredSwitches>({ ttlMs, maxEntries: 1, now });
  let listening = false;
  /** Sent with this instance's notifications, which it ignores: it cleared its values when it stored the change. */
  const instance = randomUUID();
  const subscribed = notifier.subscribe(SWITCHES_CHANNEL, (sender) => {
    if (sender !== instance) kept.clear();
  }).then(() => {
    listening = true;
  });
  // An instance that cannot listen reads the switches on every call; the failure shows at ready().
  subscribed.catch(() => undefined);
  return {
    async read() {
      if (!listening) return load();
      return (await kept.read('switches', load)) ?? load();
    },
    async changed() {
      kept.clear();
      await notifier.publish(SWITCHES_CHANNEL, instance);
    },
    ready: () => subscribed,
  };
}
