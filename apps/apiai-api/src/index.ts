export { buildApp, type AppOptions, type ApiAiApp } from './app.js';
export { openAppDb, migrationsFolder, type AppDatabase } from './db/openAppDb.js';
export { schema } from './db/schema.js';
export { ApiAiError, type ErrorType } from './http/ApiAiError.js';
export type { Agent, Entity, Intent } from './agent/model.js';
