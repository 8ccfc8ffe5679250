// GET /apps ("My Almond"; the link messages' `/apps`), GET /me (its other name), POST /apps/delete (stops an app).
// Revoking a client posts to the accounts' /user/revoke-oauth2, which comes back here.
import type { FastifyPluginAsync } from 'fastify';
import type { AppServices } from '../services.js';
import { myAlmondPage } from './myAlmondPage.js';
import { checkCsrf, sendPage, sessionOrLogin } from './webSession.js';

type MyAlmondRoutesOptions = Pick<AppServices, 'sessions' | 'users' | 'apps' | 'devices' | 'clients' | 'runner'>;

export const myAlmondRoutes: FastifyPluginAsync<MyAlmondRoutesOptions> = async (app, { sessions, users, apps, devices, clients, runner }) => {
  app.get('/apps', async (request, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, '/apps');
    if (session === undefined) return reply;
    const { userId, csrfToken } = session;
    const [user, running, configured, authorized] = await Promise.all([users.byId(userId), apps.list(userId), devices.list(userId), clients.authorizedBy(userId)]);
    return sendPage(reply, 200, myAlmondPage({ username: user?.username ?? '', csrfToken, apps: running, devices: configured, clients: authorized }));
  });

  app.get('/me', async (_request, reply) => reply.redirect('/apps', 302));

  app.post<{ Body: Record<string, unknown> }>('/apps/delete', async (request, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, '/apps');
    if (session === undefined) return reply;
    const form = request.body ?? {};
    if (!checkCsrf(form, session.csrfToken, reply)) return reply;
    if (typeof form.id === 'string') await runner.stop(session.userId, form.id);
    return reply.redirect('/apps', 303);
  });
};
