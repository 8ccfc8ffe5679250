// The results WebSocket /me/api/results (docs/protocols/almond.md §3.2): every result or error of the user's background
// programs as `{"result":{appId, icon, raw, type, formatted}}` / `{"error":{appId, icon, error}}`; `{"type":"ping"}`
// is answered `{"type":"pong"}`. Scope `user-read-results` (almond-cloud 1.8 checked none).
import type { AlmondResultsMessage } from '@parley/protocol-types';
import type { FastifyPluginAsync } from 'fastify';
import { callerOf } from '../api/apiCaller.js';
import { requireScope } from '../api/bearerAuth.js';
import { iconUrl } from '../thingpedia/catalog.js';
import type { NotificationHub } from './notificationHub.js';

export const resultsRoutes: FastifyPluginAsync<{ hub: NotificationHub }> = async (api, { hub }) => {
  api.get('/results', { websocket: true, preValidation: async (request) => requireScope(callerOf(request), 'user-read-results') }, (socket, request) => {
    const send = (message: AlmondResultsMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const stop = hub.listen(callerOf(request).userId, ({ appId, icon, result }) => {
      const iconLink = icon === null ? null : `${request.server.publicOrigin()}${iconUrl(icon)}`;
      if ('error' in result) send({ error: { appId, icon: iconLink, error: result.error } });
      else send({ result: { appId, icon: iconLink, raw: result.raw, type: result.outputType, formatted: result.formatted } });
    });
    socket.on('close', stop);
    socket.on('message', (data: Buffer) => {
      try {
        const message = JSON.parse(data.toString('utf8')) as { type?: unknown };
        if (message.type === 'ping') send({ type: 'pong' });
      } catch {
        send({ error: 'Invalid JSON' });
      }
    });
  });
};
