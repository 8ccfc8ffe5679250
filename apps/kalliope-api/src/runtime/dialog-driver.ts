import {
  stepKalliope,
  type JsonObject,
  type KalliopeEffect,
  type KalliopeInput,
  type KalliopeOutput,
  type KalliopeState,
  type KalliopeStepContext,
} from '@parley/dialog-engine';
import type { Neuron, NeuronContext } from '../neurons/neuron.js';

/** What carrying out the reducer's effects needs. */
export interface DialogDriverDeps {
  readonly neurons: ReadonlyMap<string, Neuron>;
  readonly neuronContext: NeuronContext;
  /** Speaks a text (TTS and player). */
  readonly speak: (text: string) => Promise<void>;
  readonly context: () => KalliopeStepContext;
}

type NeuronResult = Extract<KalliopeInput, { type: 'neuron_result' }>;

export interface DialogTurn {
  readonly state: KalliopeState;
  readonly outputs: readonly KalliopeOutput[];
}

/**
 * Drives the dialog engine's Kalliope reducer for one request: steps it with the input, carries out its effects
 * in order (speech, neurons), feeds awaited neuron results back, until the request is answered.
 */
export class DialogDriver {
  constructor(private readonly deps: DialogDriverDeps) {}

  async run(state: KalliopeState, input: KalliopeInput): Promise<DialogTurn> {
    let step = stepKalliope(state, input, this.deps.context());
    const outputs: KalliopeOutput[] = [...step.outputs];
    for (;;) {
      let awaited: NeuronResult | undefined;
      for (const effect of step.effects) {
        const result = await this.carryOut(effect);
        if (effect.kind === 'neuron' && effect.awaitsResult) awaited = result;
      }
      if (awaited === undefined) return { state: step.state, outputs };
      step = stepKalliope(step.state, awaited, this.deps.context());
      outputs.push(...step.outputs);
    }
  }

  private async carryOut(effect: KalliopeEffect): Promise<NeuronResult | undefined> {
    if (effect.kind === 'speak') {
      try {
        await this.deps.speak(effect.text);
      } catch (error) {
        this.deps.neuronContext.log.warn({ err: (error as Error).message }, 'speaking failed');
      }
      return undefined;
    }
    if (effect.kind === 'warning') {
      this.deps.neuronContext.log.warn({ synapse: effect.synapse, neuron: effect.neuron }, effect.message);
      return undefined;
    }
    const neuron = this.deps.neurons.get(effect.name);
    try {
      if (neuron === undefined) throw new Error(`no neuron module "${effect.name}"`);
      const values = await neuron.run(effect.parameters, this.deps.neuronContext);
      return { type: 'neuron_result', values: JSON.parse(JSON.stringify(values)) as JsonObject };
    } catch (error) {
      const message = (error as Error).message;
      this.deps.neuronContext.log.warn({ neuron: effect.name, err: message }, 'neuron failed; dropped from the answer');
      return { type: 'neuron_result', error: message };
    }
  }
}
