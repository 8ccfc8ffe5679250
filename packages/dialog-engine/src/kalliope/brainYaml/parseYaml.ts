import { isCollection, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ConfigError } from './configError.js';

/** A YAML file read with PyYAML's rules, and the line (1-based) of any node in it. */
export interface YamlFile {
  readonly file: string;
  readonly value: unknown;
  /** The line of the node at `path` (list indexes and mapping keys), or undefined when there is none. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** The line of a node's start, from its source range. */
function lineAt(lines: LineCounter, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/**
 * The problem PyYAML raises and `yaml` only warns about: a mapping key that is itself a mapping or a list, which
 * is what an unquoted `message: {{ name }}` is (a flow mapping as key). PyYAML: "found unhashable key".
 */
function unhashableKeyLine(document: Document, lines: LineCounter): number | undefined {
  let line: number | undefined;
  visit(document, {
    Pair(_key, pair) {
      if (!isCollection(pair.key)) return undefined;
      line = lineAt(lines, pair.key.range?.[0]);
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Parses a Kalliope YAML text (`file` names it in errors) as Kalliope's PyYAML does: YAML 1.1 scalars (`yes`, `on`,
 * `True` are booleans), a duplicate key keeps its last value, and a key that is a mapping or a list (an unquoted
 * `{{ x }}` value) is an error naming the line. Syntax errors raise a ConfigError with the file and line.
 */
export function parseYaml(text: string, file: string): YamlFile {
  const lines = new LineCounter();
  const document = parseDocument(text, { version: '1.1', uniqueKeys: false, lineCounter: lines, prettyErrors: false });
  const [error] = document.errors;
  if (error !== undefined) {
    const line = lineAt(lines, error.pos[0]);
    throw new ConfigError(file, `invalid YAML${line === undefined ? '' : ` at line ${line}`}: ${error.message}`);
  }
  const unhashable = unhashableKeyLine(document, lines);
  if (unhashable !== undefined) {
    throw new ConfigError(
      file,
      `invalid YAML at line ${unhashable}: found unhashable key (a value starting with "{{" must be quoted: "{{ … }}")`,
    );
  }
  return {
    file,
    value: document.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      const node: unknown = document.getIn(path, true);
      const range = (node as { range?: readonly number[] } | undefined)?.range;
      return lineAt(lines, range?.[0]);
    },
  };
}
