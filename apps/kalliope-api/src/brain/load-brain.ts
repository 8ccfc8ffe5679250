import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { findKitFile, kitPathsOf, kitPlacesOf, type KitPaths } from './kit-paths.js';
import { isRecord, parseSynapse } from './parse-synapse.js';
import { readYaml, readYamlFile, type YamlFile } from './read-yaml.js';
import type { Brain, Synapse } from './synapse.js';

export { readYamlFile } from './read-yaml.js';

/** The files the brain names, keyed by the path as written; paths are looked up in the kit (kit-paths.ts). */
interface NamedFiles {
  readonly correctionFiles: Record<string, readonly unknown[]>;
  readonly templateFiles: Record<string, string>;
}

function kitFile(path: string, kit: KitPaths, file: string, what: string, synapse?: string): string {
  const found = findKitFile(path, kit);
  if (found === undefined) throw new ConfigError(file, `cannot find the ${what} "${path}" (neither ${kitPlacesOf(path, kit)} exists)`, synapse);
  return found;
}

function correctionReader(file: string, kit: KitPaths, named: NamedFiles) {
  return (path: string): readonly unknown[] => {
    const target = kitFile(path, kit, file, 'stt-correction-file');
    const entries = readYamlFile(target);
    if (!Array.isArray(entries)) throw new ConfigError(target, 'an stt-correction-file must be a list of {input, output}');
    named.correctionFiles[path] = entries;
    return entries;
  };
}

function readTemplateFiles(synapse: Synapse, file: string, kit: KitPaths, named: NamedFiles): void {
  for (const neuron of synapse.neurons) {
    const path = neuron.parameters?.['file_template'];
    if (typeof path !== 'string') continue;
    const target = kitFile(path, kit, file, 'file_template', synapse.name);
    try {
      named.templateFiles[path] = readFileSync(target, 'utf8');
    } catch (error) {
      throw new ConfigError(file, `cannot read the file_template "${target}" (${(error as Error).message})`, synapse.name);
    }
  }
}

/** The synapse with where it and each of its neurons are written. */
function located(synapse: Synapse, yaml: YamlFile, index: number): Synapse {
  const neurons = synapse.neurons.map((neuron, position) => {
    const line = yaml.lineOf([index, 'neurons', position]);
    return line === undefined ? neuron : { ...neuron, line };
  });
  return { ...synapse, neurons, file: yaml.file };
}

/** Reads one brain file: its own synapses, then the synapses of its `includes` (recursively), in that order. */
function readBrainFile(file: string, kit: KitPaths, visiting: readonly string[], named: NamedFiles): Synapse[] {
  if (visiting.includes(file)) throw new ConfigError(file, `includes itself through ${visiting.join(' → ')}`);
  const yaml = readYaml(file);
  const items = yaml.value;
  if (!Array.isArray(items)) throw new ConfigError(file, 'a brain must be a YAML list of synapses and includes');
  const own: Synapse[] = [];
  const included: Synapse[] = [];
  items.forEach((item: unknown, index) => {
    if (!isRecord(item)) throw new ConfigError(file, `each brain item must be a mapping, got ${JSON.stringify(item)}`);
    if ('includes' in item) {
      const paths = item['includes'];
      if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string')) {
        throw new ConfigError(file, '"includes" must be a list of file paths');
      }
      for (const path of paths as string[]) {
        included.push(...readBrainFile(kitFile(path, kit, file, 'included brain file'), kit, [...visiting, file], named));
      }
      return;
    }
    const synapse = located(parseSynapse(item, file, correctionReader(file, kit, named)), yaml, index);
    readTemplateFiles(synapse, file, kit, named);
    own.push(synapse);
  });
  return [...own, ...included];
}

/**
 * Loads a Kalliope brain.yml (docs/protocols/kalliope.md §2) with PyYAML's rules (read-yaml.ts). `includes`,
 * `file_template` and `stt-correction-file` paths are looked up in the kit root, then the system folder (kit-paths.ts);
 * the root defaults to the brain file's folder. Included synapses are appended at the end, wherever the `includes`
 * item sits. Invalid or duplicate names, missing signals/neurons or files, bad YAML raise a ConfigError.
 */
export function loadBrain(file: string, kit: KitPaths = kitPathsOf(dirname(resolve(file)))): Brain {
  const path = resolve(file);
  const named: NamedFiles = { correctionFiles: {}, templateFiles: {} };
  const synapses = readBrainFile(path, kit, [], named);
  const seen = new Set<string>();
  for (const synapse of synapses) {
    if (seen.has(synapse.name)) throw new ConfigError(synapse.file ?? path, 'the synapse name is used more than once', synapse.name);
    seen.add(synapse.name);
  }
  return { file: path, synapses, ...named };
}
