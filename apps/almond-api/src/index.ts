export { buildApp, type AlmondApp, type AppOptions } from './app.js';
export { openAppDb, migrationsFolder, type AppDatabase } from './db/openAppDb.js';
export { startServer, type RunningServer } from './server/startServer.js';
export { readConfig, type ServerConfig } from './server/readConfig.js';
export { runAdminCommand } from './server/adminCommand.js';
export { SCOPES, canonicalScope, parseScopes, type Scope } from './oauth/scopes.js';
export { createSecretBox, loadSecretKey, parseSecretKey, type SecretBox } from './security/secretBox.js';
