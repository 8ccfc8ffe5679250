// Loads the key that seals device tokens (refusing to start without one on Postgres), opens storage, builds the app,
// seals tokens stored in the clear, creates the demo user and listens (@parley/server-kit startAppServer); `close()`
// stops accepting, finishes in-flight requests and closes storage (main.ts serves until stopped through serveOrExit).
import { startAppServer, type StartedApp } from '@parley/server-kit';
import { createNotifier, createScheduler } from '@parley/storage';
import { buildApp, type AlmondApp } from '../app.js';
import { openAppDb } from '../db/openAppDb.js';
import { createSecretBox, loadSecretKey } from '../security/secretBox.js';
import { ensureDemoUser } from './ensureDemoUser.js';
import type { ServerConfig } from './readConfig.js';

export type RunningServer = StartedApp<AlmondApp>;

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const secretBox = createSecretBox(await loadSecretKey(config));
  let demo: { username: string; password: string } | undefined;
  return startAppServer({
    openStorage: () => openAppDb({ url: config.databaseUrl, dataDir: config.databaseUrl === undefined ? config.dataDir : undefined }),
    build: async (database) => {
      const built = await buildApp({
        secretBox,
        db: database.db,
        notifier: createNotifier(database),
        scheduler: await createScheduler(database, { queue: 'almond_programs' }),
        logLevel: config.logLevel, secureCookies: config.secureCookies, externalLogin: config.externalLogin,
        rateLimits: config.rateLimits, programLimits: config.programLimits, publicUrl: config.publicUrl });
      await built.services.devices.checkSecretKey();
      const sealed = await built.services.devices.sealStoredSecrets();
      if (sealed > 0) built.app.log.info({ sealed }, 'device tokens stored in the clear are now sealed');
      const resumed = await built.services.runner.resumeAll();
      if (resumed > 0) built.app.log.info({ resumed }, 'long-running programs to resume');
      demo = config.demoUser ? await ensureDemoUser(built.services.users) : undefined;
      return built;
    },
    port: config.port,
    host: config.host,
    startupLines: (url) => [
      `almond-api listening on ${url} (Web Almond API at ${url}/me/api/)`,
      ...(demo === undefined ? [] : [`almond-api demo user: ${demo.username} / ${demo.password} (log in at ${url}/user/login)`]),
    ],
  });
}
