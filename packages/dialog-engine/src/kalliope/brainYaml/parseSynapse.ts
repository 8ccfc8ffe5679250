import { parseOrderSignal } from '@parley/nlu';
import { ConfigError } from './configError.js';
import type { BrainNeuron, BrainSignal, Synapse } from './loadedBrain.js';
import { synapseNameProblem } from './synapseName.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loads the `{input, output}` entries of an order's `stt-correction-file` (the caller resolves and reads it). */
export type CorrectionFileReader = (path: string) => readonly unknown[];

function singleKey(item: unknown, what: string, fail: (problem: string) => never): [string, unknown] {
  if (typeof item === 'string' && item !== '') return [item, null];
  if (isRecord(item)) {
    const entries = Object.entries(item);
    const first = entries[0];
    if (entries.length === 1 && first) return first;
  }
  return fail(`each ${what} must be a name or a single-key mapping, got ${JSON.stringify(item)}`);
}

function parseNeuron(item: unknown, fail: (problem: string) => never): BrainNeuron {
  const [name, parameters] = singleKey(item, 'neuron', fail);
  if (typeof item === 'string') return { name, parameters: null };
  if (parameters !== null && !isRecord(parameters)) {
    return fail(`the parameters of neuron "${name}" must be a mapping`);
  }
  return { name, parameters };
}

function parseSignal(item: unknown, fail: (problem: string) => never): BrainSignal {
  const [name, parameters] = singleKey(item, 'signal', fail);
  return { name, parameters };
}

/** Validates one brain.yml synapse item and reads its signals and neurons. */
export function parseSynapse(item: Record<string, unknown>, file: string, readCorrections: CorrectionFileReader): Synapse {
  const name = item['name'];
  const label = typeof name === 'string' ? name : undefined;
  const fail = (problem: string): never => {
    throw new ConfigError(file, problem, label);
  };
  const nameProblem = synapseNameProblem(name);
  if (nameProblem !== undefined) fail(nameProblem);
  const rawSignals = item['signals'];
  const rawNeurons = item['neurons'];
  if (!Array.isArray(rawSignals)) fail('"signals" is required and must be a list');
  if (!Array.isArray(rawNeurons)) fail('"neurons" is required and must be a list');
  const signals = (rawSignals as unknown[]).map((signal) => parseSignal(signal, fail));
  const neurons = (rawNeurons as unknown[]).map((neuron) => parseNeuron(neuron, fail));
  const orderSignals = signals.filter((signal) => signal.name === 'order');
  for (const { parameters } of orderSignals) {
    const text = isRecord(parameters) ? parameters['text'] : parameters;
    if (typeof text === 'boolean' || typeof text === 'number') {
      // YAML 1.1 reads an unquoted yes, no, on, off or a number as a boolean or a number, as PyYAML does.
      fail(`an order must be a text, got ${JSON.stringify(text)} (YAML reads an unquoted yes, no, on, off or number so: quote it)`);
    }
  }
  const orders = orderSignals
    .map((signal) => {
      const correctionFile = isRecord(signal.parameters) ? signal.parameters['stt-correction-file'] : undefined;
      const entries = typeof correctionFile === 'string' ? readCorrections(correctionFile) : [];
      return parseOrderSignal(signal.parameters, entries);
    });
  return { name: label ?? '', signals, neurons, orders, enabled: true };
}
