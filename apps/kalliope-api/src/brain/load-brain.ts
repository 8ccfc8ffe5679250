import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from './config-error.js';
import { isRecord, parseSynapse } from './parse-synapse.js';
import type { Brain, Synapse } from './synapse.js';

export function readYamlFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read the file (${(error as Error).message})`);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(file, `invalid YAML: ${(error as Error).message}`);
  }
}

/** The files the brain names, keyed by the path as written; paths are relative to the file that names them. */
interface NamedFiles {
  readonly correctionFiles: Record<string, readonly unknown[]>;
  readonly templateFiles: Record<string, string>;
}

function correctionReader(file: string, named: NamedFiles) {
  return (path: string): readonly unknown[] => {
    const target = resolve(dirname(file), path);
    const entries = readYamlFile(target);
    if (!Array.isArray(entries)) throw new ConfigError(target, 'an stt-correction-file must be a list of {input, output}');
    named.correctionFiles[path] = entries;
    return entries;
  };
}

function readTemplateFiles(synapse: Synapse, file: string, named: NamedFiles): void {
  for (const neuron of synapse.neurons) {
    const path = neuron.parameters?.['file_template'];
    if (typeof path !== 'string') continue;
    try {
      named.templateFiles[path] = readFileSync(resolve(dirname(file), path), 'utf8');
    } catch (error) {
      throw new ConfigError(file, `cannot read the file_template "${path}" (${(error as Error).message})`, synapse.name);
    }
  }
}

/** Reads one brain file: its own synapses, then the synapses of its `includes` (recursively), in that order. */
function readBrainFile(file: string, visiting: readonly string[], named: NamedFiles): Synapse[] {
  if (visiting.includes(file)) throw new ConfigError(file, `includes itself through ${visiting.join(' → ')}`);
  const items = readYamlFile(file);
  if (!Array.isArray(items)) throw new ConfigError(file, 'a brain must be a YAML list of synapses and includes');
  const own: Synapse[] = [];
  const included: Synapse[] = [];
  for (const item of items) {
    if (!isRecord(item)) throw new ConfigError(file, `each brain item must be a mapping, got ${JSON.stringify(item)}`);
    if ('includes' in item) {
      const paths = item['includes'];
      if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string')) {
        throw new ConfigError(file, '"includes" must be a list of file paths');
      }
      for (const path of paths as string[]) {
        included.push(...readBrainFile(resolve(dirname(file), path), [...visiting, file], named));
      }
      continue;
    }
    const synapse = parseSynapse(item, file, correctionReader(file, named));
    readTemplateFiles(synapse, file, named);
    own.push(synapse);
  }
  return [...own, ...included];
}

/**
 * Loads a Kalliope brain.yml (docs/protocols/kalliope.md §2). Included synapses are appended at the end, wherever the
 * `includes` item sits. Invalid or duplicate names, missing signals/neurons, bad YAML raise a ConfigError.
 */
export function loadBrain(file: string): Brain {
  const path = resolve(file);
  const named: NamedFiles = { correctionFiles: {}, templateFiles: {} };
  const synapses = readBrainFile(path, [], named);
  const seen = new Set<string>();
  for (const synapse of synapses) {
    if (seen.has(synapse.name)) throw new ConfigError(path, 'the synapse name is used more than once', synapse.name);
    seen.add(synapse.name);
  }
  return { file: path, synapses, ...named };
}
