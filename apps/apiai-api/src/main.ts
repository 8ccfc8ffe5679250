// `pnpm --filter @parley/apiai-api start`: the api.ai v1 server, configured by the environment (see README).
// SIGTERM or SIGINT drains requests and closes storage (@parley/server-kit); unhandled rejections are logged.
import { serveUntilStopped } from '@parley/server-kit';
import { readConfig } from './server/readConfig.js';
import { startServer } from './server/startServer.js';

try {
  const server = await startServer(readConfig(process.env));
  serveUntilStopped(server.app, { closeStorage: server.closeStorage });
} catch (error) {
  console.error(`apiai-api failed to start: ${(error as Error).message}`);
  process.exit(1);
}
