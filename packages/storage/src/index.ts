export { openDb, redactUrl, type Database, type OpenDbOptions } from './openDb.js';
export { findMigrationsFolder } from './migrationsFolder.js';
export type { Db, DriverKind, PreparedQuery, RawQuery, Closable } from './db.js';
export { createScheduler } from './scheduler/createScheduler.js';
export type { Scheduler, SchedulerOptions, DueTimer, DueHandler, TimerPayload } from './scheduler/Scheduler.js';
export { createNotifier, PayloadTooLargeError, maxPayloadBytes, type Notifier } from './notifier/Notifier.js';
export { createReadCache, type ReadCache, type ReadCacheOptions } from './readCache.js';
export { createKeyLocks, inProcessQueue, type KeyLocks, type KeyLockOptions, type KeyLocksConfig } from './keyLocks/KeyLocks.js';
export { createScratchDatabase, type ScratchDatabase } from './testing/scratchDatabase.js';
