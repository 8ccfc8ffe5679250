import type { Neuron } from './neuron.js';

/** The Kalliope release this server speaks (the version GET / reports). */
export const KALLIOPE_VERSION = '0.5.0';

export const kalliopeVersionNeuron: Neuron = {
  name: 'kalliope_version',
  run: () => Promise.resolve({ version: KALLIOPE_VERSION }),
};
