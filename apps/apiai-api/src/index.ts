export { buildApp, type AppOptions, type ApiAiApp } from './app.js';
export { openAppDb, migrationsFolder, type AppDatabase } from './db/openAppDb.js';
export { schema } from './db/schema.js';
export { pocketsphinxSpeech } from './voice/pocketsphinxSpeech.js';
export { readConfig, type ServerConfig } from './server/readConfig.js';
export { startServer, type RunningServer } from './server/startServer.js';
export { ApiAiError, type ErrorType } from './http/ApiAiError.js';
export { replaceAgentContent, type AgentContent } from './agent/replaceAgentContent.js';
