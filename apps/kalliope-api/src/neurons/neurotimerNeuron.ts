import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';
import { isRecord } from '../brain/parseSynapse.js';

/** `neurotimer: {seconds|minutes|hours, synapse, forwarded_parameters}` runs a synapse once, later. */
export const neurotimerNeuron: Neuron = {
  name: 'neurotimer',
  run(parameters, context) {
    const read = new NeuronParameters('neurotimer', parameters);
    const synapse = read.requiredString('synapse');
    const seconds = (read.number('seconds') ?? 0) + (read.number('minutes') ?? 0) * 60 + (read.number('hours') ?? 0) * 3600;
    if (seconds <= 0) throw new NeuronParameterError('neurotimer', 'set "seconds", "minutes" or "hours" above 0');
    const forwarded = read.raw('forwarded_parameters') ?? {};
    if (!isRecord(forwarded)) throw new NeuronParameterError('neurotimer', '"forwarded_parameters" must be a mapping');
    context.scheduleSynapse(synapse, seconds * 1000, forwarded);
    return Promise.resolve({ synapse, seconds });
  },
};
