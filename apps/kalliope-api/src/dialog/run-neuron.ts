import type { BrainNeuron } from '../brain/synapse.js';
import { isRecord } from '../brain/parse-synapse.js';
import type { Neuron, NeuronContext } from '../neurons/neuron.js';
import { hasRenderedTemplate, renderNeuronParameters, renderTemplate } from './render-template.js';

/** What the neuron runner needs from the server. */
export interface NeuronRunnerDeps {
  readonly neurons: ReadonlyMap<string, Neuron>;
  readonly context: NeuronContext;
  readonly random: () => number;
  /** Reads a `file_template` (relative to the brain file). */
  readonly readTemplateFile: (path: string) => Promise<string>;
}

/** The outcome of one neuron: skipped (missing template value, error), or the text it generated. */
export type NeuronOutcome = { readonly skipped: true } | { readonly skipped: false; readonly message: string | null };

const SKIPPED: NeuronOutcome = { skipped: true };

function pick(value: unknown, random: () => number): unknown {
  if (!Array.isArray(value)) return value;
  return value[Math.min(value.length - 1, Math.floor(random() * value.length))];
}

async function renderSpokenText(
  parameters: Readonly<Record<string, unknown>>,
  values: Readonly<Record<string, unknown>>,
  deps: NeuronRunnerDeps,
): Promise<string | null | undefined> {
  const sayTemplate = pick(parameters['say_template'], deps.random);
  if (typeof sayTemplate === 'string') return renderTemplate(sayTemplate, values);
  const fileTemplate = parameters['file_template'];
  if (typeof fileTemplate === 'string') return renderTemplate(await deps.readTemplateFile(fileTemplate), values);
  return null;
}

/**
 * Runs one neuron other than the neurotransmitter (reference/kalliope.md §4): renders its templated parameters
 * (skip when a value is missing), runs it (`say` picks its message here), renders its say_template/file_template
 * and stores its `kalliope_memory` entries into `memory`.
 */
export async function runNeuron(
  neuron: BrainNeuron,
  templateValues: Readonly<Record<string, unknown>>,
  memory: Record<string, unknown>,
  deps: NeuronRunnerDeps,
): Promise<NeuronOutcome> {
  const raw = neuron.parameters ?? {};
  const module = deps.neurons.get(neuron.name);
  if (module?.trustedParametersOnly === true && hasRenderedTemplate(raw)) {
    deps.context.log.warn({ neuron: neuron.name }, 'templated parameters refused for this neuron');
    return SKIPPED;
  }
  const withMemory = { ...templateValues, kalliope_memory: memory };
  const parameters = renderNeuronParameters(raw, withMemory);
  if (parameters === undefined) return SKIPPED;
  try {
    let values: Readonly<Record<string, unknown>> = parameters;
    let message: string | null | undefined;
    if (neuron.name === 'say') {
      const said = pick(parameters['message'], deps.random);
      message = said === undefined || said === null ? await renderSpokenText(parameters, withMemory, deps) : String(said);
    } else if (module !== undefined) {
      values = await module.run(parameters, deps.context);
      message = await renderSpokenText(parameters, { ...withMemory, ...values }, deps);
    } else {
      return SKIPPED;
    }
    if (message === undefined) return SKIPPED;
    const remembered = parameters['kalliope_memory'];
    if (isRecord(remembered)) {
      for (const [key, value] of Object.entries(remembered)) {
        memory[key] =
          typeof value === 'string' ? (renderTemplate(value, { ...withMemory, ...values }) ?? value) : value;
      }
    }
    return { skipped: false, message };
  } catch (error) {
    deps.context.log.warn({ neuron: neuron.name, err: (error as Error).message }, 'neuron failed; dropped from the answer');
    return SKIPPED;
  }
}
