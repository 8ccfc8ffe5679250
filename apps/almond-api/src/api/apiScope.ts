// The /me/api pipeline (docs/protocols/almond.md §2.1): CORS on every response and preflight, then bearer
// authentication, then the endpoints; an unknown path is 404 `Invalid endpoint`, only after authentication.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { invalidEndpoint } from '../http/AlmondApiError.js';
import type { OAuthModel } from '../oauth/oauthModel.js';
import { attachCaller } from './apiCaller.js';
import { authenticateCaller, bearerToken } from './bearerAuth.js';

interface ApiScopeOptions {
  model: OAuthModel;
  /** Registers the endpoints that need no token (the anonymous conversation). */
  publicEndpoints: (api: FastifyInstance) => Promise<void>;
  /** Registers the endpoints inside the authenticated scope. */
  endpoints: (api: FastifyInstance) => Promise<void>;
}

export const apiScope: FastifyPluginAsync<ApiScopeOptions> = async (app, { model, publicEndpoints, endpoints }) => {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
  });
  app.options('/*', async (_request, reply) =>
    reply
      .code(204)
      .header('access-control-max-age', '86400')
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'Authorization, Accept, Content-Type')
      .send(),
  );
  await app.register(publicEndpoints);
  await app.register(async (authenticated) => {
    authenticated.addHook('onRequest', async (request) => {
      if (request.method === 'OPTIONS') return;
      attachCaller(request, await authenticateCaller(model, bearerToken(request, request.ws)));
    });
    await endpoints(authenticated);
    authenticated.route({
      method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
      url: '/*',
      handler: async () => {
        throw invalidEndpoint();
      },
    });
  });
};
