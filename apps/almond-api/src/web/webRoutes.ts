// The web UI (issue 9 item 7): the chat page and its cookie-authenticated conversation socket, "My Almond", the
// developer page and the static assets. The login, register and consent pages belong to the accounts and OAuth
// routes.
import type { FastifyPluginAsync } from 'fastify';
import type { AppServices } from '../services.js';
import { chatPage } from './chatPage.js';
import { developerRoutes } from './developerRoutes.js';
import { myAlmondRoutes } from './myAlmondRoutes.js';
import { staticAssets } from './staticAssets.js';
import { webConversationSocket } from './webConversationSocket.js';
import { sendPage, sessionOrLogin } from './webSession.js';

export const webRoutes: FastifyPluginAsync<AppServices> = async (app, services) => {
  await app.register(staticAssets);
  await app.register(webConversationSocket, services);
  await app.register(myAlmondRoutes, services);
  await app.register(developerRoutes, services);

  app.get('/', async (request, reply) => {
    const session = await sessionOrLogin(request, reply, services.sessions, '/');
    if (session === undefined) return reply;
    return sendPage(reply, 200, chatPage(session.csrfToken));
  });

  // almond-cloud's address of the chat page.
  app.get('/me/conversation', async (_request, reply) => reply.redirect('/', 302));
};
