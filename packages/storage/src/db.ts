import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** A drizzle database over either driver. Apps write their queries against this one type. */
export type Db<TSchema extends Record<string, unknown> = Record<string, never>> = PgDatabase<PgQueryResultHKT, TSchema>;

/** Which engine a {@link Database} runs on. */
export type DriverKind = 'pglite' | 'postgres';

/** Runs one SQL statement with positional parameters ($1, $2, …) and returns its rows. */
export type RawQuery = <Row extends Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<Row[]>;

/** One SQL statement, parsed and planned by the database once, run with new positional parameters; its rows. */
export type PreparedQuery = <Row extends Record<string, unknown>>(params?: readonly unknown[]) => Promise<Row[]>;

/** Something that holds resources until the database closes. */
export interface Closable {
  close(): Promise<void>;
}
