export { spawnApp, type SpawnedApp, type SpawnOptions } from './harness/spawnApp.js';
export { appMainFile, type AppName } from './harness/appMainFile.js';
export { http, type HttpAnswer, type HttpRequest } from './harness/http.js';
export { almondDeployment, spawnAlmond, createUser, createClient, grantTokens, type AlmondDeployment, type OAuthClient } from './harness/almondAccounts.js';
export { openConversation, type ConversationSocket } from './harness/conversationSocket.js';
