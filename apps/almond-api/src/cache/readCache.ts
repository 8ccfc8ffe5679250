// A short-lived, per-instance cache of database reads that are repeated on every request (the bearer token check,
// the user row of /me/api/profile). Entries live `ttlMs`; `clear()` drops them all and makes reads already in
// flight (which may have seen the data before a change) leave nothing behind. Only found values are kept.

interface ReadCacheOptions {
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
  let generation = 0;
  return {
    async read(key, load) {
      const entry = entries.get(key);
      if (entry !== undefined && entry.expiresAt > now()) return entry.value;
      const loadedIn = generation;
      const value = await load();
      if (value === undefined || loadedIn !== generation) return value;
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + options.ttlMs });
      if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}
