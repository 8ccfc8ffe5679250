import { serveUntilStopped, startAppServer } from '@parley/server-kit';
import { openDb } from '@parley/storage';
import { join } from 'node:path';
import { packageFile } from './packageFile.js';
import { buildApp } from './app.js';
import { ConfigError } from './brain/configError.js';
import { loadBrain } from './brain/loadBrain.js';
import { readEnvConfig } from './server/readEnvConfig.js';
import { loadNeuronPlugins } from './neurons/loadNeuronPlugins.js';
import { debianSpeechEngines } from './runtime/speechService.js';
import { withApiCredentials } from './settings/apiCredentials.js';
import { loadSettings } from './settings/loadSettings.js';
import { DEFAULT_SETTINGS } from './settings/settings.js';
import { KalliopeStore } from './db/kalliopeStore.js';
import { schema } from './db/schema.js';

// `pnpm --filter @parley/kalliope-api start`: configured only by the environment (README "Environment").

const config = readEnvConfig(process.env);
// Generated credentials stay the same across SIGHUP reloads of one run.
let generatedCredentials: { login?: string; password?: string } | undefined;
const readConfigFiles = () => {
  const loaded = config.settingsFile === undefined ? DEFAULT_SETTINGS : loadSettings(config.settingsFile, config.kit);
  const { settings, generated } = withApiCredentials(loaded, generatedCredentials ?? config.apiCredentials);
  if (generated !== undefined) generatedCredentials = generated;
  return {
    brain: loadBrain(config.brainFile, config.kit),
    settings: { ...settings, rateLimits: { ...settings.rateLimits, ...config.rateLimits } },
  };
};

/** A brain, settings or plugin problem ends the start with its message (file, line, synapse), not a stack trace. */
async function orExit<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`kalliope-api: ${error.message}`);
    process.exit(1);
  }
}

const files = await orExit(readConfigFiles);
// Plugins load once, at start: a SIGHUP reload keeps them.
const plugins = await orExit(() => loadNeuronPlugins(files.settings.neuronPlugins, config.kit, files.settings.file ?? 'settings'));
const printedCredentials = generatedCredentials;
const server = await startAppServer({
  openStorage: () =>
    openDb({
      schema,
      migrationsFolder: packageFile('drizzle'),
      url: config.databaseUrl,
      dataDir: config.databaseUrl === undefined ? join(config.dataDir, 'pglite') : undefined,
    }),
  build: async (database) => ({
    app: await orExit(() => buildApp({
      brain: files.brain,
      neurons: plugins,
      kit: config.kit,
      settings: files.settings,
      store: new KalliopeStore(database),
      speech: debianSpeechEngines(
        files.settings.tts.cache ? (files.settings.tts.cachePath ?? join(config.dataDir, 'tts-cache')) : null,
      ),
      logger: { level: config.logLevel },
      onKillSwitch: () => void stop('kill_switch'),
      allowedHosts: config.allowedHosts,
      uriTargets: config.uriTargets,
    })),
  }),
  port: config.port,
  host: config.host,
  startupLines: (address) => [
    `kalliope-api listening on ${address}${config.demo ? ' (demo brain)' : ''}`,
    ...(printedCredentials === undefined
      ? []
      : [
          `kalliope-api basic auth: login "${printedCredentials.login ?? ''}", password "${printedCredentials.password ?? ''}" ` +
            '(generated for this run; set rest_api.login/password or KALLIOPE_API_LOGIN/KALLIOPE_API_PASSWORD to choose them)',
        ]),
  ],
});
const { app } = server;

// SIGTERM, SIGINT and the kill_switch neuron drain requests and close storage (@parley/server-kit).
const stop = serveUntilStopped(app, { closeStorage: server.closeStorage });
process.on('SIGHUP', () => {
  try {
    const next = readConfigFiles();
    app.kalliope.reload(next.brain, next.settings);
    app.log.info({ brain: next.brain.file, synapses: next.brain.synapses.length }, 'brain and settings reloaded');
  } catch (error) {
    app.log.error({ err: (error as Error).message }, 'reload failed; the previous brain stays active');
  }
});
