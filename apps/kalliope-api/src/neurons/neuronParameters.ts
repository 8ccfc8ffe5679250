import { NeuronParameterError } from './neuron.js';

/** Reads typed values from a neuron's parameters, failing with a message that names the neuron. */
export class NeuronParameters {
  constructor(
    private readonly neuron: string,
    private readonly values: Readonly<Record<string, unknown>>,
  ) {}

  string(key: string): string | undefined {
    const value = this.values[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new NeuronParameterError(this.neuron, `"${key}" must be a string`);
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (value === undefined || value === '') throw new NeuronParameterError(this.neuron, `"${key}" is required`);
    return value;
  }

  number(key: string): number | undefined {
    const value = this.values[key];
    if (value === undefined || value === null || value === '') return undefined;
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      throw new NeuronParameterError(this.neuron, `"${key}" must be a number`);
    }
    return number;
  }

  boolean(key: string): boolean | undefined {
    const value = this.values[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    throw new NeuronParameterError(this.neuron, `"${key}" must be True or False`);
  }

  raw(key: string): unknown {
    return this.values[key];
  }
}
