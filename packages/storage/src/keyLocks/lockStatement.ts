// The statement that takes a key's lock inside a Postgres transaction, in one round trip. It carries no parameter:
// postgres.js describes a query with parameters before running it unless it is prepared, and drizzle does not
// prepare them, so `set_config($1)` then `pg_advisory_xact_lock(hashtextextended($2, 0))` took four round trips.
import { createHash } from 'node:crypto';

/**
 * The advisory lock number of a key: the first 64 bits of its SHA-256, as a signed bigint. Computed here so that
 * the statement needs no parameter and never holds the key's text.
 */
export function advisoryLockNumber(key: string): bigint {
  return createHash('sha256').update(key, 'utf8').digest().readBigInt64BE(0);
}

/**
 * Sets the transaction's lock timeout, then waits for the transaction-scoped advisory lock of `key` (SQLSTATE 55P03
 * after `lockTimeoutMs`): two statements in one simple-protocol query, which the server runs in order.
 */
export function lockStatement(key: string, lockTimeoutMs: number): string {
  if (!Number.isInteger(lockTimeoutMs) || lockTimeoutMs < 1) {
    throw new RangeError(`lock timeout must be a positive integer of milliseconds (got ${lockTimeoutMs})`);
  }
  return `set local lock_timeout = ${lockTimeoutMs}; select pg_advisory_xact_lock(${advisoryLockNumber(key)})`;
}
