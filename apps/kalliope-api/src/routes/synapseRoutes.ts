import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { KalliopeRunByOrderRequest, KalliopeRunResponse, KalliopeSynapseDetail, KalliopeSynapseList, KalliopeVersion } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { KALLIOPE_ERRORS } from '../http/kalliopeErrors.js';
import { replySchemas } from '../http/replySchemas.js';
import { muteFlag, readOptionalJsonBody, runParameters, runResponseJson, synapseToJson } from '../http/kalliopeMapping.js';
import { KALLIOPE_VERSION } from '../neurons/kalliopeVersionNeuron.js';
import { parseJsonRequest, rawBody, sessionOf, type RouteContext } from './routeContext.js';

const answers = {
  version: { response: replySchemas({ 200: KalliopeVersion }) },
  list: { response: replySchemas({ 200: KalliopeSynapseList }) },
  detail: { response: replySchemas({ 200: KalliopeSynapseDetail }) },
  run: { response: replySchemas({ 201: KalliopeRunResponse }) },
  runOrder: { body: KalliopeRunByOrderRequest, response: replySchemas({ 201: KalliopeRunResponse }) },
};

/**
 * GET /, GET /synapses[/<name>], POST /synapses/start/id/<name>, POST /synapses/start/order. `start/order` is
 * strict: a JSON body with `order`, checked by its schema (refusedRequest.ts gives Kalliope's error). `start/id`
 * reads its optional body leniently, as Kalliope did (docs/protocols/kalliope.md §5.5).
 */
export function synapseRoutes({ service, brain }: RouteContext) {
  return (fastify: FastifyInstance): Promise<void> => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get('/', { schema: answers.version }, () => ({ 'Kalliope version': KALLIOPE_VERSION }));

    app.get('/synapses', { schema: answers.list }, () => ({ synapses: brain.synapses().map(synapseToJson) }));

    app.get<{ Params: { name: string } }>('/synapses/:name', { schema: answers.detail }, (request) => {
      const synapse = brain.find(request.params.name);
      if (synapse === undefined) throw KALLIOPE_ERRORS.synapseNotFound(request.params.name);
      return { synapses: synapseToJson(synapse) };
    });

    app.post<{ Params: { name: string } }>('/synapses/start/id/:name', { schema: answers.run }, async (request, reply) => {
      const body = readOptionalJsonBody(rawBody(request));
      const parameters = runParameters(body);
      const response = await service.runSynapse(sessionOf(request), request.params.name, parameters, muteFlag(body));
      if (response === undefined) throw KALLIOPE_ERRORS.synapseNotFound(request.params.name);
      return reply.code(201).send(runResponseJson(response));
    });

    app.post('/synapses/start/order', { preValidation: parseJsonRequest, schema: answers.runOrder }, async (request, reply) => {
      const { body } = request;
      return reply.code(201).send(runResponseJson(await service.runOrder(sessionOf(request), body.order, muteFlag(body))));
    });
    return Promise.resolve();
  };
}
