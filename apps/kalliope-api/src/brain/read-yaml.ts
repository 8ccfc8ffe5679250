import { parseYaml, ConfigError, type YamlFile } from '@parley/dialog-engine/kalliope';
import { readFileSync } from 'node:fs';

/** Reads a file as text; an unreadable file raises a ConfigError naming it. */
export function readConfigText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read the file (${(error as Error).message})`);
  }
}

/** Reads a Kalliope YAML file with PyYAML's rules (`parseYaml` of @parley/dialog-engine/kalliope). */
export function readYaml(file: string): YamlFile {
  return parseYaml(readConfigText(file), file);
}

/** The value of a YAML file (see `readYaml`). */
export function readYamlFile(file: string): unknown {
  return readYaml(file).value;
}
