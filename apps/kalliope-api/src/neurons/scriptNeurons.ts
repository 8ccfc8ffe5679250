import type { Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';
import { runCommand } from './runCommand.js';

/**
 * `script: {path, timeout}` runs an executable from the brain (no shell, no arguments) and
 * `shell: {cmd, timeout}` runs a command line from the brain through /bin/sh. Both are only registered when the
 * settings say `parley: {script_neurons: True}`, and both refuse templated parameters, so nothing from a request
 * can reach a command. They return `output` and `returncode`.
 */
export const scriptNeurons: readonly Neuron[] = [
  {
    name: 'script',
    trustedParametersOnly: true,
    run(parameters) {
      const read = new NeuronParameters('script', parameters);
      return runCommand(read.requiredString('path'), [], (read.number('timeout') ?? 30) * 1000);
    },
  },
  {
    name: 'shell',
    trustedParametersOnly: true,
    run(parameters) {
      const read = new NeuronParameters('shell', parameters);
      return runCommand('/bin/sh', ['-c', read.requiredString('cmd')], (read.number('timeout') ?? 30) * 1000);
    },
  },
];
