import { checkJinja, JinjaError } from '@parley/dialog-engine';
import type { Synapse } from './synapse.js';

/** Kalliope renders a parameter only when it holds `{{` or `}}`; `say_template` and file templates always. */
const RENDERED = /\{\{|\}\}/;

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

function problemOf(source: string): string | undefined {
  try {
    checkJinja(source);
    return undefined;
  } catch (error) {
    if (error instanceof JinjaError) return error.message;
    throw error;
  }
}

/**
 * The templates of a synapse that are not valid Jinja2 (neuron parameters, `say_template`, the `file_template`
 * contents in `templateFiles`), one line each: `neuron "say": template "…" …: <problem> (line n)`.
 */
export function templateProblems(synapse: Synapse, templateFiles: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const neuron of synapse.neurons) {
    const parameters = neuron.parameters ?? {};
    const file = parameters['file_template'];
    const sources = [...new Set([...stringsOf(parameters).filter((text) => RENDERED.test(text)), ...stringsOf(parameters['say_template'])])];
    const fileContent = typeof file === 'string' ? templateFiles[file] : undefined;
    for (const source of sources) {
      const problem = problemOf(source);
      if (problem !== undefined) problems.push(`neuron "${neuron.name}": template ${JSON.stringify(source)} is not valid Jinja2: ${problem}`);
    }
    if (typeof file === 'string' && fileContent !== undefined) {
      const problem = problemOf(fileContent);
      if (problem !== undefined) problems.push(`neuron "${neuron.name}": file_template "${file}" is not valid Jinja2: ${problem}`);
    }
  }
  return problems;
}
