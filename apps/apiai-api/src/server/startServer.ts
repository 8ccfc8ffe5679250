// Opens storage (the database and the classifier threads), builds the app, bootstraps agents and listens
// (@parley/server-kit startAppServer); `close()` stops accepting, finishes in-flight requests and closes storage
// (main.ts serves until stopped through serveOrExit).
import { createAgentNlu, type TrainerEvent } from '@parley/apiai-agent';
import { createWorkerTrainer } from '@parley/apiai-agent/node';
import { startAppServer, type StartedApp } from '@parley/server-kit';
import { buildApp, type ApiAiApp } from '../app.js';
import { openAppDb } from '../db/openAppDb.js';
import { pocketsphinxSpeech } from '../voice/pocketsphinxSpeech.js';
import { bootstrapAgents } from './bootstrapAgents.js';
import type { ServerConfig } from './readConfig.js';

/** Classifier training takes from a tenth of a second (a few intents) to minutes (thousands of examples). */
const trainingBuckets = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

export type RunningServer = StartedApp<ApiAiApp>;

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  let log: ((agentId: string, message: string) => void) | undefined;
  let tell: ((agentId: string, event: TrainerEvent) => void) | undefined;
  let report: { lines: readonly string[] } | undefined;
  return startAppServer({
    // The classifier threads close with the database.
    openStorage: async () => {
      const database = await openAppDb({ url: config.databaseUrl, dataDir: config.databaseUrl === undefined ? config.dataDir : undefined });
      const classifiers = createWorkerTrainer(
        (agentId, message) => log?.(agentId, message),
        (agentId, event) => tell?.(agentId, event),
      );
      return {
        database,
        classifiers,
        async close() {
          await classifiers.close();
          await database.close();
        },
      };
    },
    build: async ({ database, classifiers }) => {
      const built = await buildApp({
        database,
        logLevel: config.logLevel,
        nlu: createAgentNlu({ classifiers, ...(config.classifierThreshold === undefined ? {} : { minConfidence: config.classifierThreshold }) }),
        speech: pocketsphinxSpeech(),
        dialog: {
          defaultLifespan: config.contextLifespan,
          contextTimeToLiveMs: config.contextTimeToLiveMs,
          maxContextsPerRequest: config.maxContextsPerRequest,
          maxContextsPerSession: config.maxContextsPerSession,
        },
        webhookTimeoutMs: config.webhookTimeoutMs,
        clientRequestsPerMinute: config.rateLimitPerMinute,
        zipLimit: config.zipMaxBytes,
        unzipLimits: config.unzipLimits,
      });
      log = (agentId, message) => built.app.log.error({ agentId }, `training the intent classifier failed: ${message}`);
      const trainingTime = built.metrics.histogram(
        'apiai_classifier_training_seconds',
        'Time to train (stage="trained") and calibrate (stage="calibrated") an agent’s intent classifier in the worker thread.',
        ['stage'],
        trainingBuckets,
      );
      tell = (agentId, event) => {
        trainingTime.observe({ stage: event.kind }, event.ms / 1000);
        built.app.log.info({ agentId, ...event }, `intent classifier ${event.kind}`);
      };
      report = await bootstrapAgents(built.services, config, (event) =>
        built.app.log.debug({ ...event }, `imported ${event.kind} ${event.name}`),
      );
      return built;
    },
    port: config.port,
    host: config.host,
    startupLines: (url) => [`apiai-api listening on ${url} (api.ai v1 at ${url}/v1/)`, ...(report?.lines ?? [])],
  });
}
