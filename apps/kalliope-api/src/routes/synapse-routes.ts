import type { FastifyInstance } from 'fastify';
import { KALLIOPE_ERRORS } from '../http/kalliope-errors.js';
import { muteFlag, readJsonBody, readOptionalJsonBody, runParameters, synapseToJson } from '../http/kalliope-mapping.js';
import { KALLIOPE_VERSION } from '../neurons/kalliope-version-neuron.js';
import { rawBody, sessionOf, type RouteContext } from './route-context.js';

/** GET /, GET /synapses[/<name>], POST /synapses/start/id/<name>, POST /synapses/start/order. */
export function synapseRoutes({ service, brain }: RouteContext) {
  return (app: FastifyInstance): Promise<void> => {
    app.get('/', () => ({ 'Kalliope version': KALLIOPE_VERSION }));

    app.get('/synapses', () => ({ synapses: brain.synapses().map(synapseToJson) }));

    app.get<{ Params: { name: string } }>('/synapses/:name', (request) => {
      const synapse = brain.find(request.params.name);
      if (synapse === undefined) throw KALLIOPE_ERRORS.synapseNotFound(request.params.name);
      return { synapses: synapseToJson(synapse) };
    });

    app.post<{ Params: { name: string } }>('/synapses/start/id/:name', async (request, reply) => {
      const body = readOptionalJsonBody(rawBody(request));
      const parameters = runParameters(body);
      const response = await service.runSynapse(sessionOf(request), request.params.name, parameters, muteFlag(body));
      if (response === undefined) throw KALLIOPE_ERRORS.synapseNotFound(request.params.name);
      return reply.code(201).send(response);
    });

    app.post('/synapses/start/order', async (request, reply) => {
      const body = readJsonBody(request.headers['content-type'], rawBody(request));
      const order = body['order'];
      if (!('order' in body) || (order !== null && typeof order !== 'string')) throw KALLIOPE_ERRORS.orderNotSet();
      return reply.code(201).send(await service.runOrder(sessionOf(request), order, muteFlag(body)));
    });
    return Promise.resolve();
  };
}
