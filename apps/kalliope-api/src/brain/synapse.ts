// The brain model, its parser and its errors live in @parley/dialog-engine/kalliope (shared with the embedding API).
export type { Brain, BrainNeuron, BrainSignal, Synapse } from '@parley/dialog-engine/kalliope';
