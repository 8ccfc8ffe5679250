// Every developer write (intents, entities, entries, agent zips) reads the agent's content, changes it and writes it
// back; they run one at a time per agent so that concurrent acknowledged writes are never lost.
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { agentOf } from '../auth/requireToken.js';
import { agentLockKey, type AppServices } from '../services.js';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Wraps the handlers of the write routes registered later in `scope` (after its token check). */
export function serializeAgentWrites(scope: FastifyInstance, services: AppServices): void {
  scope.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((method) => readOnlyMethods.has(method))) return;
    const handler = route.handler;
    const serialized: RouteHandlerMethod = function (request, reply) {
      return services.serialized(agentLockKey(agentOf(request).id), async () => handler.call(this, request, reply));
    };
    route.handler = serialized;
  });
}
