// A short-lived, per-instance cache of database reads that are repeated on every request (almond-api's bearer token
// checks and user rows, kalliope-api's mute/deaf switches), meant to be cleared through the Notifier when the data
// changes. Entries live `ttlMs`; concurrent reads of one key share one load; `clear()` drops every entry and makes
// reads already in flight (which may have seen the data before a change) leave nothing behind. Only found values are
// kept.

export interface ReadCacheOptions {
  /** How long an entry serves reads. */
  ttlMs: number;
  /** Entries kept at most; the oldest is dropped first. */
  maxEntries: number;
  now?: () => number;
}

export interface ReadCache<V> {
  /** The cached value of `key`, or `load()`'s (kept unless undefined or the cache was cleared meanwhile). */
  read(key: string, load: () => Promise<V | undefined>): Promise<V | undefined>;
  clear(): void;
}

export function createReadCache<V>(options: ReadCacheOptions): ReadCache<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: V; expiresAt: number }>();
  const loading = new Map<string, Promise<V | undefined>>();
  let generation = 0;
  return {
    read(key, load) {
      const entry = entries.get(key);
      if (entry !== undefined && entry.expiresAt > now()) return Promise.resolve(entry.value);
      const pending = loading.get(key);
      if (pending !== undefined) return pending;
      const loadedIn = generation;
      const reading = load().then(
        (value) => {
          if (loadedIn !== generation) return value;
          loading.delete(key);
          if (value === undefined) return value;
          entries.delete(key);
          entries.set(key, { value, expiresAt: now() + options.ttlMs });
          if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
          return value;
        },
        (error: unknown) => {
          if (loadedIn === generation) loading.delete(key);
          throw error;
        },
      );
      loading.set(key, reading);
      return reading;
    },
    clear() {
      generation += 1;
      entries.clear();
      loading.clear();
    },
  };
}
