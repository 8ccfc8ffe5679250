import type { Db, DriverKind, PreparedQuery, RawQuery } from './db.js';

/** What a driver opener hands back to {@link openDb}. */
export interface DriverConnection<TSchema extends Record<string, unknown>> {
  db: Db<TSchema>;
  kind: DriverKind;
  query: RawQuery;
  prepare(text: string): PreparedQuery;
  notify(channel: string, payload: string): Promise<void>;
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Migration folders applied in order, each tracked in its own table so they never interfere. */
export function migrationTableFor(index: number): string {
  return index === 0 ? '__parley_storage_migrations' : '__drizzle_migrations';
}
