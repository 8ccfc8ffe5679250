import type { FastifyInstance, HTTPMethods } from 'fastify';
import { KALLIOPE_ERRORS } from '../http/kalliope-errors.js';

/** The Kalliope URLs that serve one method only; Flask answers 405 for the others. */
const SINGLE_METHOD_ROUTES: readonly [url: string, method: 'GET' | 'POST'][] = [
  ['/', 'GET'],
  ['/synapses', 'GET'],
  ['/synapses/:name', 'GET'],
  ['/synapses/start/id/:name', 'POST'],
  ['/synapses/start/order', 'POST'],
  ['/synapses/start/audio', 'POST'],
];
const SWITCH_ROUTES = ['/mute', '/settings/mute', '/settings/deaf'];
const OTHER_METHODS: readonly HTTPMethods[] = ['PUT', 'DELETE', 'PATCH'];

/** Flask's 405 page, with the `Allow` header Werkzeug sends (HEAD and OPTIONS come with every rule). */
export function methodNotAllowedRoutes(app: FastifyInstance): Promise<void> {
  const refuse = (url: string, methods: readonly HTTPMethods[], allowed: readonly string[]) => {
    app.route({
      method: [...methods],
      url,
      handler: () => {
        throw KALLIOPE_ERRORS.methodNotAllowed(allowed);
      },
    });
  };
  for (const [url, method] of SINGLE_METHOD_ROUTES) {
    const other = method === 'GET' ? 'POST' : 'GET';
    refuse(url, [other, ...OTHER_METHODS], method === 'GET' ? ['GET', 'HEAD', 'OPTIONS'] : ['POST', 'OPTIONS']);
  }
  for (const url of SWITCH_ROUTES) refuse(url, OTHER_METHODS, ['GET', 'HEAD', 'OPTIONS', 'POST']);
  return Promise.resolve();
}
