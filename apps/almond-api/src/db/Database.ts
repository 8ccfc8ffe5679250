import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { schema } from './schema.js';

/** A drizzle connection over PGlite or Postgres (both are `PgDatabase`s), as `@parley/storage` opens it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
