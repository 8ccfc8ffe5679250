import { setTimeout as wait } from 'node:timers/promises';
import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';

/** `sleep: {seconds: 2}` pauses the synapse; shutdown cuts the pause short. */
export const sleepNeuron: Neuron = {
  name: 'sleep',
  async run(parameters, context) {
    const seconds = new NeuronParameters('sleep', parameters).number('seconds');
    if (seconds === undefined || seconds < 0) throw new NeuronParameterError('sleep', '"seconds" must be a positive number');
    await wait(seconds * 1000, undefined, { signal: context.signal }).catch(() => undefined);
    return { seconds };
  },
};
