export { spawnApp, type SpawnedApp, type SpawnOptions } from './harness/spawnApp.js';
export { appMainFile, type AppName } from './harness/appMainFile.js';
export { http, type HttpAnswer, type HttpRequest } from './harness/http.js';
