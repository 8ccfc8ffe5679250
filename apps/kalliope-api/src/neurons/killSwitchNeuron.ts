import type { Neuron } from './neuron.js';

/** Stops the server gracefully after the current answer. */
export const killSwitchNeuron: Neuron = {
  name: 'kill_switch',
  run(_parameters, context) {
    context.stopServer();
    return Promise.resolve({});
  },
};
