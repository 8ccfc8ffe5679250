import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';

/** `brain: {synapse_name: x, enabled: False}` enables or disables a synapse of the running brain. */
export const brainNeuron: Neuron = {
  name: 'brain',
  run(parameters, context) {
    const read = new NeuronParameters('brain', parameters);
    const name = read.requiredString('synapse_name');
    const enabled = read.boolean('enabled');
    if (enabled === undefined) throw new NeuronParameterError('brain', '"enabled" is required');
    if (!context.setSynapseEnabled(name, enabled)) {
      throw new NeuronParameterError('brain', `no synapse named "${name}"`);
    }
    return Promise.resolve({ synapse_name: name, enabled });
  },
};
