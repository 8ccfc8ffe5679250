import type { FastifyInstance, HTTPMethods } from 'fastify';
import { KALLIOPE_ERRORS } from '../http/kalliopeErrors.js';

/** The methods each Kalliope URL serves; Flask answers 405 for the others. */
const ROUTE_METHODS: readonly [url: string, methods: readonly HTTPMethods[]][] = [
  ['/', ['GET']],
  ['/synapses', ['GET', 'POST']],
  ['/synapses/:name', ['GET', 'DELETE']],
  ['/synapses/start/id/:name', ['POST']],
  ['/synapses/start/order', ['POST']],
  ['/synapses/start/audio', ['POST']],
  ['/mute', ['GET', 'POST']],
  ['/settings/mute', ['GET', 'POST']],
  ['/settings/deaf', ['GET', 'POST']],
  ['/neurons', ['GET']],
  ['/shutdown', ['POST']],
];
const METHODS: readonly HTTPMethods[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Whether `method` on the route pattern `url` (as Fastify matched it) reaches a Kalliope handler. */
export function servesMethod(url: string | undefined, method: string): boolean {
  return ROUTE_METHODS.some(([route, methods]) => route === url && (methods as readonly string[]).includes(method));
}

/** Flask's 405 page, with the `Allow` header Werkzeug sends (HEAD and OPTIONS come with every rule). */
export function methodNotAllowedRoutes(app: FastifyInstance): Promise<void> {
  for (const [url, methods] of ROUTE_METHODS) {
    const allowed = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
    app.route({
      method: METHODS.filter((method) => !methods.includes(method)),
      url,
      handler: () => {
        throw KALLIOPE_ERRORS.methodNotAllowed(allowed);
      },
    });
  }
  return Promise.resolve();
}
