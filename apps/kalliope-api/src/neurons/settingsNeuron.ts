import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';
import { isRecord } from '../brain/parseSynapse.js';

/** `settings: {mute: True, deaf: False, variables: {…}}` changes the running settings. */
export const settingsNeuron: Neuron = {
  name: 'settings',
  async run(parameters, context) {
    const read = new NeuronParameters('settings', parameters);
    const changed: Record<string, unknown> = {};
    for (const name of ['mute', 'deaf'] as const) {
      const value = read.boolean(name);
      if (value === undefined) continue;
      await context.setSwitch(name, value);
      changed[name] = value;
    }
    const variables = read.raw('variables');
    if (variables !== undefined) {
      if (!isRecord(variables)) throw new NeuronParameterError('settings', '"variables" must be a mapping');
      context.setVariables(variables);
      changed['variables'] = variables;
    }
    return changed;
  },
};
