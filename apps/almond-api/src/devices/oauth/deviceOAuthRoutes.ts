// Devices configured through OAuth (docs/protocols/almond.md §3.1 link `/devices/oauth2/$kind?name=`): the user is sent
// to the kind's provider with a state tied to the session; the callback exchanges the code for tokens, stores the
// device with them (kept in its configuration, never shown back nor logged) and goes to My Almond.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionStore } from '../../accounts/sessionStore.js';
import { replySchemas } from '../../http/replySchemas.js';
import { errorPage } from '../../pages/consentPage.js';
import type { ThingpediaCatalog } from '../../thingpedia/catalog.js';
import { sendPage, sessionOrLogin } from '../../web/webSession.js';
import type { DeviceStore } from '../deviceStore.js';
import { checkDeviceOAuthState, deviceOAuthState } from './deviceOAuthState.js';
import { exchangeDeviceCode } from './exchangeDeviceCode.js';
import { oauthDeviceConfig, type OAuthDeviceConfig } from './oauthDeviceConfig.js';

interface DeviceOAuthRoutesOptions {
  catalog: ThingpediaCatalog;
  devices: DeviceStore;
  sessions: SessionStore;
}

type KindRequest = FastifyRequest<{ Params: { kind: string }; Querystring: Record<string, string | undefined> }>;

const callbackUri = (request: FastifyRequest, kind: string): string =>
  `${request.server.publicOrigin()}/devices/oauth2/callback/${encodeURIComponent(kind)}`;

export const deviceOAuthRoutes: FastifyPluginAsync<DeviceOAuthRoutesOptions> = async (app, { catalog, devices, sessions }) => {
  /** The kind's provider; otherwise the reply has been sent: 404 for an unknown kind, 400 for one not set up by OAuth. */
  function providerOf(request: KindRequest, reply: FastifyReply): OAuthDeviceConfig | undefined {
    const entry = catalog.get(request.params.kind);
    if (entry === undefined) {
      void reply.code(404).send({ error: 'Not Found', code: 'ENOENT' });
      return undefined;
    }
    const config = entry.setup === 'oauth2' ? oauthDeviceConfig(entry.classDef) : undefined;
    if (config === undefined) void reply.code(400).send({ error: `Devices of kind ${entry.kind} are not configured through OAuth`, code: 'EINVAL' });
    return config;
  }

  // Redirects and HTML pages; an unknown kind or one not set up by OAuth answers the API's `{error, code}`.
  const failures = { schema: { response: replySchemas({}) } };

  app.get('/devices/oauth2/:kind', failures, async (request: KindRequest, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, request.url);
    if (session === undefined) return reply;
    const provider = providerOf(request, reply);
    if (provider === undefined) return reply;
    const target = new URL(provider.authorizeUrl);
    target.searchParams.set('response_type', 'code');
    target.searchParams.set('client_id', provider.clientId);
    target.searchParams.set('redirect_uri', callbackUri(request, request.params.kind));
    target.searchParams.set('state', deviceOAuthState(session, request.params.kind));
    if (provider.scope.length > 0) target.searchParams.set('scope', provider.scope.join(' '));
    return reply.redirect(target.toString(), 302);
  });

  app.get('/devices/oauth2/callback/:kind', failures, async (request: KindRequest, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, '/devices/create');
    if (session === undefined) return reply;
    const provider = providerOf(request, reply);
    if (provider === undefined) return reply;
    const { code, state, error } = request.query;
    if (!checkDeviceOAuthState(state, session, request.params.kind)) {
      return sendPage(reply, 403, errorPage('Request refused', 'This sign-in did not start here or has expired. Try again.'));
    }
    if (error !== undefined || code === undefined) {
      return sendPage(reply, 400, errorPage('Device not added', 'The account was not connected.'));
    }
    const tokens = await exchangeDeviceCode(provider, code, callbackUri(request, request.params.kind));
    if (tokens === undefined) {
      return sendPage(reply, 502, errorPage('Device not added', 'The service did not accept the sign-in. Try again later.'));
    }
    await devices.add(session.userId, request.params.kind, tokens);
    return reply.redirect('/apps', 303);
  });
};
