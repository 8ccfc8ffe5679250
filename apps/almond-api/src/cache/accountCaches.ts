// The per-instance caches of the reads every /me/api request repeats (the bearer token check; the user row of
// /me/api/profile), kept honest across the instances on one database (docs/protocols/almond.md §6): whatever
// revokes a token or grant or changes a user clears this instance's caches once the change is stored, then tells
// the other instances through the storage Notifier (Postgres LISTEN/NOTIFY), which clear theirs on receipt.
// Delivery is at most once: a notification lost while an instance's listening connection was down (or a change
// made in the database by hand) is covered by the entries' short life, ACCOUNT_CACHE_TTL_MS.
import type { Notifier } from '@parley/storage';
import type { User } from '../accounts/userStore.js';
import type { AccessTokenInfo } from '../oauth/oauthModel.js';
import { createReadCache, type ReadCache } from '@parley/storage';

const CACHE_INVALIDATION_CHANNEL = 'almond_cache_invalidation';

/** How long a cached token check or user row serves requests at most. */
const ACCOUNT_CACHE_TTL_MS = 1000;

/** Entries per cache (10,000 tokens or users: a few MiB at most). */
const MAX_ENTRIES = 10_000;

export interface AccountCaches {
  /** Live access tokens by the SHA-256 of the token (never the token itself). */
  readonly tokens: ReadCache<AccessTokenInfo>;
  /** User rows by id, for reads that only show them. */
  readonly users: ReadCache<User>;
  /** Waits until this instance listens for the other instances' changes. */
  ready(): Promise<void>;
  /** Call once a revocation or user change is stored: clears the caches here, then on every other instance. */
  changed(): Promise<void>;
}

export interface AccountCacheOptions {
  ttlMs?: number;
  now?: () => number;
}

export function createAccountCaches(notifier: Notifier, options: AccountCacheOptions = {}): AccountCaches {
  const settings = { ttlMs: options.ttlMs ?? ACCOUNT_CACHE_TTL_MS, maxEntries: MAX_ENTRIES, ...(options.now === undefined ? {} : { now: options.now }) };
  const tokens = createReadCache<AccessTokenInfo>(settings);
  const users = createReadCache<User>(settings);
  const clearAll = () => {
    tokens.clear();
    users.clear();
  };
  const subscribed = notifier.subscribe(CACHE_INVALIDATION_CHANNEL, clearAll);
  return {
    tokens,
    users,
    ready: async () => {
      await subscribed;
    },
    async changed() {
      clearAll();
      await notifier.publish(CACHE_INVALIDATION_CHANNEL, 'changed');
    },
  };
}
