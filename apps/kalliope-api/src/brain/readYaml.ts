import { parseYaml, ConfigError } from '@parley/dialog-engine/kalliope';
import { readFileSync } from 'node:fs';

/** Reads a file as text; an unreadable file raises a ConfigError naming it. */
export function readConfigText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read the file (${(error as Error).message})`);
  }
}

/** The value of a Kalliope YAML file, read with PyYAML's rules (`parseYaml` of @parley/dialog-engine/kalliope). */
export function readYamlFile(file: string): unknown {
  return parseYaml(readConfigText(file), file).value;
}
