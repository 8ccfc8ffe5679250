// Loads the key that seals device tokens (refusing to start without one on Postgres), opens storage, builds the app,
// seals tokens stored in the clear, creates the demo user and listens; `close()` stops accepting, finishes in-flight
// requests and closes storage (main.ts shuts down through @parley/server-kit with `closeStorage()` instead).
import { createNotifier, createScheduler } from '@parley/storage';
import { buildApp, type AlmondApp } from '../app.js';
import { openAppDb } from '../db/openAppDb.js';
import { createSecretBox, loadSecretKey } from '../security/secretBox.js';
import { ensureDemoUser } from './ensureDemoUser.js';
import type { ServerConfig } from './readConfig.js';

export interface RunningServer extends AlmondApp {
  url: string;
  /** Closes what the server opened besides Fastify (the database); for after the app has closed. */
  closeStorage(): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const secretBox = createSecretBox(await loadSecretKey(config));
  const database = await openAppDb({ url: config.databaseUrl, dataDir: config.databaseUrl === undefined ? config.dataDir : undefined });
  try {
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
    const demo = config.demoUser ? await ensureDemoUser(built.services.users) : undefined;
    const url = await built.app.listen({ port: config.port, host: config.host });
    console.log(`almond-api listening on ${url} (Web Almond API at ${url}/me/api/)`);
    if (demo !== undefined) console.log(`almond-api demo user: ${demo.username} / ${demo.password} (log in at ${url}/user/login)`);
    const closeStorage = () => database.close();
    return {
      ...built,
      url,
      closeStorage,
      async close() {
        await built.app.close();
        await closeStorage();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
