import type { Neuron } from './neuron.js';

/** `debug: {message: …}` writes the (rendered) message to the server log. */
export const debugNeuron: Neuron = {
  name: 'debug',
  run(parameters, context) {
    context.log.info({ neuron: 'debug', message: parameters['message'] ?? null }, 'debug neuron');
    return Promise.resolve({ message: parameters['message'] ?? null });
  },
};
