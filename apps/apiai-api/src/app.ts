// The Fastify app factory (no listening here): lenient bodies, api.ai error mapping, CORS, token checks, routes.
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import { registerMetrics, type Metrics } from '@parley/server-kit';
import Fastify, { type FastifyInstance } from 'fastify';
import { type AgentNluFactory, createAgentRuntimes, defaultUnzipLimits, type UnzipLimits } from '@parley/apiai-agent';
import { createAgentLookup } from './auth/agentLookup.js';
import { requireToken } from './auth/requireToken.js';
import { unauthorized } from './http/ApiAiError.js';
import { installErrorHandling } from './http/errorHandling.js';
import { installHealthCheck } from './http/healthCheck.js';
import { installLenientBodies } from './http/lenientBodies.js';
import { limitClientRequests } from './http/limitClientRequests.js';
import { refuseNulCharacters } from './http/refuseNulCharacters.js';
import { openApiDocument } from './openapi/openApiDocument.js';
import type { ApiaiDialogConfig } from '@parley/dialog-engine';
import type { StepEnvironment } from './dialog/runSessionStep.js';
import { agentZipRoutes, defaultZipMaxBytes } from './routes/agentZipRoutes.js';
import { contextRoutes } from './routes/contextRoutes.js';
import { entityRoutes } from './routes/entityRoutes.js';
import { intentRoutes } from './routes/intentRoutes.js';
import { queryRoutes } from './routes/queryRoutes.js';
import { userEntityRoutes } from './routes/userEntityRoutes.js';
import { createServices, type AppServices, type ServiceDatabase } from './services.js';
import type { SpeechToText } from './voice/SpeechToText.js';

export interface AppOptions {
  /** The app's database and its driver (on Postgres, changes are serialised across instances). */
  database: ServiceDatabase;
  /** Log level of the app's pino logger (request ids included); no logging when unset. */
  logLevel?: string;
  /** Largest accepted JSON body; voice uploads have their own limit. */
  bodyLimit?: number;
  /** Largest accepted agent zip. */
  zipLimit?: number;
  /** Most bytes and entries an agent zip may unpack to (default 64 MiB, 10,000 entries). */
  unzipLimits?: UnzipLimits;
  /** Largest accepted `voiceData` part. */
  voiceLimit?: number;
  /** How intents are matched: compiled once per agent revision. */
  nlu: AgentNluFactory;
  /** Voice queries; without it a `voiceData` request is answered 406. */
  speech?: SpeechToText;
  /** Context lifespan and time limit, slot-filling limits (defaults: 5 requests, 10 minutes). */
  dialog?: Partial<ApiaiDialogConfig>;
  /** How long a fulfillment webhook may take (default 5 s, api.ai's limit). */
  webhookTimeoutMs?: number;
  /** Requests per minute per token (IP without one) on the client-token routes, shared by them; 0 or unset: no limit. */
  clientRequestsPerMinute?: number;
  /** The clock and randomness of the dialog (tests pin them). */
  now?: () => number;
  random?: () => number;
}

/** Headers a browser client may send (docs/protocols/apiai.md §10; NODE issue #37 for `api-request-source`). */
const allowedHeaders = ['Authorization', 'Content-Type', 'Accept', 'api-request-source', 'ocp-apim-subscription-key', 'devMode'];

export interface ApiAiApp {
  app: FastifyInstance;
  services: AppServices;
  /** GET /metrics; the server adds the classifier's training time. */
  metrics: Metrics;
}

export async function buildApp(options: AppOptions): Promise<ApiAiApp> {
  const app = Fastify({
    logger: options.logLevel === undefined ? false : { level: options.logLevel },
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
  });
  // Every change of an agent's intents or entities rebuilds its runtime before it is acknowledged (read-your-writes:
  // small agents' classifiers are retrained by then too, see `createAgentNlu`).
  let prepare: (agentId: string) => Promise<void> = async () => undefined;
  const services = createServices(options.database, (agentId) => prepare(agentId));
  const agentLookup = createAgentLookup(services.agents, options.database.kind === 'pglite');

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installLenientBodies(app);
  installErrorHandling(app);
  refuseNulCharacters(app);
  await app.register(cors, {
    origin: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders,
    exposedHeaders: ['x-request-id'],
    maxAge: 86400,
    strictPreflight: false,
  });
  await app.register(multipart, {
    isPartAFile: (fieldName, contentType, fileName) =>
      fileName !== undefined || fieldName === 'voiceData' || (contentType?.startsWith('audio/') ?? false),
    limits: { fileSize: options.voiceLimit ?? 10 * 1024 * 1024, files: 1, fields: 10 },
  });

  installHealthCheck(app, options.database.db);
  const metrics = registerMetrics(app);
  const openApi = openApiDocument();
  app.get('/openapi.json', async () => openApi);

  await app.register(async (developer) => {
    developer.addHook('onRequest', requireToken(agentLookup, 'developer'));
    await developer.register(entityRoutes, { services });
    await developer.register(intentRoutes, { services });
    await developer.register(agentZipRoutes, { services, zipLimit: options.zipLimit ?? defaultZipMaxBytes, unzipLimits: options.unzipLimits ?? defaultUnzipLimits });
  });

  const environment: StepEnvironment = {
    sessions: services.sessions,
    changeSession: (agentId, sessionId, change) => services.changeSession(agentId, sessionId, change),
    config: options.dialog ?? {},
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
  const runtimes = createAgentRuntimes(services, options.nlu);
  // A failed rebuild (database gone after the commit) is left to the next query, which checks the revision itself.
  prepare = (agentId) =>
    services.agents
      .get(agentId)
      .then(async (agent) => {
        if (agent !== undefined) await runtimes.get(agent);
        await agentLookup.refresh(agentId);
      })
      .catch((error: unknown) => app.log.error({ err: error, agentId }, 'rebuilding the agent failed'));
  const freshAgent = async (agentId: string) => {
    const agent = await agentLookup.refresh(agentId);
    if (agent === undefined) throw unauthorized();
    return agent;
  };
  await app.register(async (client) => {
    client.addHook('onRequest', requireToken(agentLookup, 'client'));
    await limitClientRequests(client, options.clientRequestsPerMinute ?? 0);
    await client.register(queryRoutes, {
      deps: { environment, runtimes, freshAgent, entities: services.entities, webhookTimeoutMs: options.webhookTimeoutMs ?? 5000 },
      speech: options.speech,
    });
    await client.register(contextRoutes, { environment });
    await client.register(userEntityRoutes, { environment, entities: services.entities });
  });
  app.addHook('onClose', async () => options.speech?.close?.());

  return { app, services, metrics };
}
