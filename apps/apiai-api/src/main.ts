// `pnpm --filter @parley/apiai-api start`: the api.ai v1 server, configured by the environment (see README).
import { readConfig } from './server/readConfig.js';
import { startServer } from './server/startServer.js';

try {
  const server = await startServer(readConfig(process.env));
  const stop = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    void server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  console.error(`apiai-api failed to start: ${(error as Error).message}`);
  process.exit(1);
}
