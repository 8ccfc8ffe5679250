import { ConfigError } from './configError.js';
import type { Brain, Synapse } from './loadedBrain.js';
import { isRecord, parseSynapse } from './parseSynapse.js';
import { parseYaml, type YamlFile } from './parseYaml.js';

/**
 * Where the files a brain names (`includes`, `stt-correction-file`, `file_template`) come from: the server reads them
 * from the kit folders, the embedding API from the texts it is given. Paths are as written in the brain.
 */
export interface BrainSources {
  /** The file `path` names (its name for errors and its text), or undefined when there is none. */
  read(path: string): { readonly file: string; readonly text: string } | undefined;
  /** Where `path` was looked for, for the error when `read` finds nothing. */
  lookedAt(path: string): string;
}

/** The files the brain names, keyed by the path as written. */
interface NamedFiles {
  readonly correctionFiles: Record<string, readonly unknown[]>;
  readonly templateFiles: Record<string, string>;
}

function namedFile(path: string, sources: BrainSources, file: string, what: string, synapse?: string) {
  const found = sources.read(path);
  if (found === undefined) throw new ConfigError(file, `cannot find the ${what} "${path}" (neither ${sources.lookedAt(path)} exists)`, synapse);
  return found;
}

function correctionReader(file: string, sources: BrainSources, named: NamedFiles) {
  return (path: string): readonly unknown[] => {
    const found = namedFile(path, sources, file, 'stt-correction-file');
    const entries = parseYaml(found.text, found.file).value;
    if (!Array.isArray(entries)) throw new ConfigError(found.file, 'an stt-correction-file must be a list of {input, output}');
    named.correctionFiles[path] = entries;
    return entries;
  };
}

function readTemplateFiles(synapse: Synapse, file: string, sources: BrainSources, named: NamedFiles): void {
  for (const neuron of synapse.neurons) {
    const path = neuron.parameters?.['file_template'];
    if (typeof path === 'string') named.templateFiles[path] = namedFile(path, sources, file, 'file_template', synapse.name).text;
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
function readBrainFile(yaml: YamlFile, sources: BrainSources, visiting: readonly string[], named: NamedFiles): Synapse[] {
  const { file } = yaml;
  if (visiting.includes(file)) throw new ConfigError(file, `includes itself through ${visiting.join(' → ')}`);
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
        const found = namedFile(path, sources, file, 'included brain file');
        included.push(...readBrainFile(parseYaml(found.text, found.file), sources, [...visiting, file], named));
      }
      return;
    }
    const synapse = located(parseSynapse(item, file, correctionReader(file, sources, named)), yaml, index);
    readTemplateFiles(synapse, file, sources, named);
    own.push(synapse);
  });
  return [...own, ...included];
}

/**
 * Parses a Kalliope brain.yml (docs/protocols/kalliope.md §2) with PyYAML's rules (parseYaml.ts); `file` names it and
 * `sources` gives the files it names. Included synapses are appended at the end, wherever the `includes` item sits.
 * Invalid or duplicate names, missing signals/neurons or files, bad YAML raise a ConfigError.
 */
export function parseBrain(file: string, text: string, sources: BrainSources): Brain {
  const named: NamedFiles = { correctionFiles: {}, templateFiles: {} };
  const synapses = readBrainFile(parseYaml(text, file), sources, [], named);
  const seen = new Set<string>();
  for (const synapse of synapses) {
    if (seen.has(synapse.name)) throw new ConfigError(synapse.file ?? file, 'the synapse name is used more than once', synapse.name);
    seen.add(synapse.name);
  }
  return { file, synapses, ...named };
}
