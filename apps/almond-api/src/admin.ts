// `pnpm --filter @parley/almond-api admin <command>`: see server/adminCommand.ts.
import { createNotifier } from '@parley/storage';
import { createAccountCaches } from './cache/accountCaches.js';
import { openAppDb } from './db/openAppDb.js';
import { ADMIN_USAGE, runAdminCommand, UsageError } from './server/adminCommand.js';
import { readConfig } from './server/readConfig.js';
import { createUserStore } from './accounts/userStore.js';
import { createClientStore } from './oauth/clientStore.js';

const config = readConfig(process.env);
const database = await openAppDb({ url: config.databaseUrl, dataDir: config.databaseUrl === undefined ? config.dataDir : undefined });
// Changes made here reach the running servers' caches through the database (cache/accountCaches.ts).
const caches = createAccountCaches(createNotifier(database));
try {
  await caches.ready();
  console.log(await runAdminCommand(process.argv.slice(2), { users: createUserStore(database.db, caches), clients: createClientStore(database.db, caches) }));
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n${ADMIN_USAGE}` : `admin failed: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await database.close();
}
