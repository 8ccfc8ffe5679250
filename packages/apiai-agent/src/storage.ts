// Node.js only, optional: embedded agents' sessions in a database of `@parley/storage` (PGlite or Postgres). Needs the
// optional peer dependencies `@parley/storage` and `drizzle-orm`; the main entry keeps sessions in memory without them.
export { databaseSessionStorage, openSessionDatabase, type OpenSessionDatabaseOptions, type SessionDatabase } from './storage/databaseSessionStorage.js';
