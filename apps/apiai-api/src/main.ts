// `pnpm --filter @parley/apiai-api start`: the api.ai v1 server, configured by the environment (see README).
// SIGTERM or SIGINT drains requests and closes storage; unhandled rejections are logged (@parley/server-kit).
import { serveOrExit } from '@parley/server-kit';
import { readConfig } from './server/readConfig.js';
import { startServer } from './server/startServer.js';

await serveOrExit('apiai-api', () => startServer(readConfig(process.env)));
