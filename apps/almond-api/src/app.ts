// The Fastify app factory (no listening here): account pages, the OAuth 2.0 provider, the web UI, /me/api with
// bearer authentication, /healthz (checks the database) and /openapi.json.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import websocket from '@fastify/websocket';
import { registerHealthCheck, registerMetrics, requestValidationAjv } from '@parley/server-kit';
import Fastify, { type FastifyInstance } from 'fastify';
import { accountRoutes } from './accounts/accountRoutes.js';
import { apiScope } from './api/apiScope.js';
import { profileRoutes } from './api/profileRoutes.js';
import { appRoutes } from './api/appRoutes.js';
import { deviceRoutes } from './api/deviceRoutes.js';
import { parseRoutes } from './api/parseRoutes.js';
import { anonymousRoutes, ensureAnonymousUser } from './conversation/anonymousRoutes.js';
import { conversationRoutes } from './conversation/conversationRoutes.js';
import { resultsRoutes } from './conversation/resultsRoutes.js';
import { installErrorHandling } from './http/errorHandling.js';
import { installFrameProtection } from './http/frameProtection.js';
import { installPublicOrigin } from './http/publicOrigin.js';
import { installJsonDepthLimit } from './http/jsonDepthLimit.js';
import { installNulCharacterCheck } from './http/nulCharacters.js';
import { installRateLimits, type RateLimitSettings } from './http/rateLimits.js';
import { createWindowCounter } from './http/windowCounter.js';
import { openApiDocument } from './http/openApiDocument.js';
import { oauthRoutes } from './oauth/oauthRoutes.js';
import { createServices, type AppServices, type ServiceOptions } from './services.js';
import { iconRoutes } from './thingpedia/iconRoutes.js';
import { deviceConfigRoutes } from './devices/deviceConfigRoutes.js';
import { deviceOAuthRoutes } from './devices/oauth/deviceOAuthRoutes.js';
import { webRoutes } from './web/webRoutes.js';
import type { ExternalLoginConfig } from './externalLogin/externalLoginConfig.js';
import { externalLoginRoutes } from './externalLogin/externalLoginRoutes.js';

export interface AppOptions extends Omit<ServiceOptions, 'onError'> {
  /** Log level of the app's pino logger (request ids included); no logging when unset. */
  logLevel?: string | undefined;
  /** Mark the session cookie `Secure` (behind HTTPS). */
  secureCookies?: boolean;
  /** Login through an external OAuth 2.0 provider (off when unset). */
  externalLogin?: ExternalLoginConfig | undefined;
  /** Per-route rate limits (off when unset). */
  rateLimits?: RateLimitSettings | undefined;
  /** The public URL of this server (ALMOND_PUBLIC_URL) for absolute URLs; unset → the address it listens on. */
  publicUrl?: string | undefined;
}

export interface AlmondApp {
  app: FastifyInstance;
  services: AppServices;
}

/** Largest WebSocket frame: Fastify's default JSON body limit (1 MiB). */
const MAX_FRAME_BYTES = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<AlmondApp> {
  const app = Fastify({
    logger: options.logLevel === undefined ? false : { level: options.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    routerOptions: { ignoreTrailingSlash: true },
    ajv: requestValidationAjv,
  });
  const services = createServices({ ...options, onError: (error) => app.log.error({ err: error }, 'background failure') });
  await services.hub.ready();
  await services.caches.ready();
  const anonymousUserId = await ensureAnonymousUser(services.users);
  app.addHook('onClose', async () => services.runner.stopAll());
  installErrorHandling(app);
  installFrameProtection(app);
  installPublicOrigin(app, options.publicUrl);
  installJsonDepthLimit(app);
  installNulCharacterCheck(app);
  await installRateLimits(app, options.rateLimits);
  await app.register(cookie);
  await app.register(formbody);
  // A frame is one client message: as large as a JSON body may be (ws would otherwise buffer up to 100 MiB); a
  // larger frame closes the socket with 1009 (message too big).
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });

  registerHealthCheck(app, { db: options.db });
  const metrics = registerMetrics(app);
  metrics.gauge('almond_conversations_open', 'Conversation WebSockets open on this instance.', services.conversations.count);
  metrics.gauge('almond_programs_running', 'Long-running programs (monitors, timers) this instance runs.', services.runner.runningCount);
  metrics.gauge('almond_programs_scheduled', 'Long-running programs stored, all instances together: the depth of the programs queue.', services.apps.count);
  app.get('/openapi.json', async () => openApiDocument());

  const secureCookies = options.secureCookies ?? false;
  await app.register(accountRoutes, { users: services.users, sessions: services.sessions, secureCookies, externalLoginName: options.externalLogin?.name });
  if (options.externalLogin !== undefined) await app.register(externalLoginRoutes, { ...services, config: options.externalLogin, db: options.db, secureCookies });
  await app.register(oauthRoutes, { model: services.oauth, clients: services.clients, sessions: services.sessions });
  await app.register(iconRoutes);
  await app.register(deviceConfigRoutes, services);
  await app.register(deviceOAuthRoutes, services);
  await app.register(webRoutes, services);
  await app.register(apiScope, {
    prefix: '/me/api',
    model: services.oauth,
    publicEndpoints: async (api) => {
      const limits = options.rateLimits;
      const messagesPerAddress = limits === undefined ? undefined : createWindowCounter(limits.anonymous, limits.windowMs);
      await api.register(anonymousRoutes, { ...services, anonymousUserId, messagesPerAddress });
    },
    endpoints: async (api) => {
      await api.register(profileRoutes, { users: services.users });
      await api.register(appRoutes, services);
      await api.register(deviceRoutes, { devices: services.devices, catalog: services.catalog });
      await api.register(conversationRoutes, { ...services, db: options.db });
      await api.register(parseRoutes, services);
      await api.register(resultsRoutes, services);
    },
  });
  return { app, services };
}
