export { spawnApp, type SpawnedApp, type SpawnOptions } from './harness/spawnApp.js';
export { appStartArgs, type AppName } from './harness/appStartArgs.js';
export { http, type HttpAnswer, type HttpRequest } from './harness/http.js';
export { almondDeployment, spawnAlmond, createUser, createClient, grantTokens, type AlmondDeployment, type OAuthClient } from './harness/almondAccounts.js';
export { openConversation, type ConversationSocket } from './harness/conversationSocket.js';
