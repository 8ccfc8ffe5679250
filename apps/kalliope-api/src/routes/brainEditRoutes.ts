import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { KalliopeNeuronModules, KalliopeSynapse, KalliopeSynapseCreateRequest } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { ConfigError } from '../brain/configError.js';
import { parseSynapse } from '../brain/parseSynapse.js';
import { templateProblems } from '../brain/templateProblems.js';
import { KALLIOPE_ERRORS } from '../http/kalliopeErrors.js';
import { replySchemas } from '../http/replySchemas.js';
import { synapseToJson } from '../http/kalliopeMapping.js';
import { findUnknownNeurons } from '../runtime/checkBrainNeurons.js';
import { parseJsonRequest, type RouteContext } from './routeContext.js';

const REQUEST = 'request';

/** Files are never read on behalf of a request. */
const refuseCorrectionFile = (): never => {
  throw new ConfigError(REQUEST, '"stt-correction-file" is not accepted through the API');
};

/**
 * Kalliope 0.7's brain editing and server routes (docs/protocols/kalliope.md §5.2 "others"): `POST /synapses` adds a
 * synapse in memory, `DELETE /synapses/<name>` removes one, `GET /neurons` lists the neuron modules,
 * `POST /shutdown/` stops the server.
 */
export function brainEditRoutes({ brain, neurons, stopServer }: RouteContext) {
  return (fastify: FastifyInstance): Promise<void> => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const create = { preValidation: parseJsonRequest, schema: { body: KalliopeSynapseCreateRequest, response: replySchemas({ 201: KalliopeSynapse }) } };
    app.post('/synapses', create, async (request, reply) => {
      try {
        const synapse = parseSynapse(request.body, REQUEST, refuseCorrectionFile);
        const [unknown] = findUnknownNeurons([synapse], neurons.modules());
        if (unknown !== undefined) throw new ConfigError(REQUEST, `unknown neuron "${unknown.neuron}"`, synapse.name);
        const commandNeuron = synapse.neurons.find((neuron) => neurons.modules().get(neuron.name)?.trustedParametersOnly === true);
        if (commandNeuron !== undefined) throw new ConfigError(REQUEST, `neuron "${commandNeuron.name}" runs commands and is accepted only from brain files`, synapse.name);
        const [templateProblem] = templateProblems(synapse, brain.brain.templateFiles);
        if (templateProblem !== undefined) throw new ConfigError(REQUEST, templateProblem, synapse.name);
        if (!brain.addSynapse(synapse)) throw new ConfigError(REQUEST, 'the synapse name is used more than once', synapse.name);
        return reply.code(201).send(synapseToJson(synapse));
      } catch (error) {
        if (error instanceof ConfigError) throw KALLIOPE_ERRORS.invalidSynapse(error.problem);
        throw error;
      }
    });

    app.delete<{ Params: { name: string } }>('/synapses/:name', { schema: { response: replySchemas({}) } }, async (request, reply) => {
      if (!brain.removeSynapse(request.params.name)) throw KALLIOPE_ERRORS.synapseNotFound(request.params.name);
      return reply.code(204).send();
    });

    app.get('/neurons', { schema: { response: replySchemas({ 200: KalliopeNeuronModules }) } }, () => {
      const { core, community } = neurons.names();
      return { community, core };
    });

    fastify.post('/shutdown', (_request, reply) => {
      stopServer();
      return reply.type('text/html; charset=utf-8').send('Shutting down...');
    });
    return Promise.resolve();
  };
}
