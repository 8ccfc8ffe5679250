// GET/POST /developers/oauth: the user's OAuth clients and the registration form (the web form of the admin CLI's
// create-client).
import type { FastifyPluginAsync } from 'fastify';
import { isAcceptableRedirectUri } from '../oauth/clientStore.js';
import { parseScopes } from '../oauth/scopes.js';
import type { AppServices } from '../services.js';
import { developerPage, type DeveloperView } from './developerPage.js';
import { checkCsrf, sendPage, sessionOrLogin } from './webSession.js';

type DeveloperRoutesOptions = Pick<AppServices, 'sessions' | 'clients'>;

function fieldList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export const developerRoutes: FastifyPluginAsync<DeveloperRoutesOptions> = async (app, { sessions, clients }) => {
  app.get('/developers/oauth', async (request, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, '/developers/oauth');
    if (session === undefined) return reply;
    return sendPage(reply, 200, developerPage({ csrfToken: session.csrfToken, clients: await clients.ownedBy(session.userId) }));
  });

  app.post<{ Body: Record<string, unknown> }>('/developers/oauth', async (request, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, '/developers/oauth');
    if (session === undefined) return reply;
    const body = request.body ?? {};
    if (!checkCsrf(body, session.csrfToken, reply)) return reply;
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    const redirectText = typeof body.redirect_uris === 'string' ? body.redirect_uris : '';
    const redirectUris = redirectText.split(/\s+/).filter((uri) => uri !== '');
    const requested = fieldList(body.scope);
    const form = { name, redirectUris: redirectText, scopes: requested, isPublic: body.public === '1' };
    const view = async (extra: Partial<DeveloperView>) =>
      developerPage({ csrfToken: session.csrfToken, clients: await clients.ownedBy(session.userId), form, ...extra });
    const scopes = parseScopes(requested);
    const badUri = redirectUris.find((uri) => !isAcceptableRedirectUri(uri));
    let error: string | undefined;
    if (name === '' || name.length > 100) error = 'Give the application a name of at most 100 characters.';
    else if (redirectUris.length === 0) error = 'Give at least one redirect URI.';
    else if (badUri !== undefined) error = `Invalid redirect URI ${badUri}: use https, or http on 127.0.0.1/localhost, without a fragment.`;
    else if (scopes === undefined || scopes.length === 0) error = 'Choose at least one scope.';
    if (error !== undefined || scopes === undefined) return sendPage(reply, 400, await view({ error }));
    const created = await clients.create({ name, redirectUris, scopes, isPublic: form.isPublic, ownerId: session.userId });
    return sendPage(reply, 201, await view({ created: { name, ...created }, form: undefined }));
  });
};
