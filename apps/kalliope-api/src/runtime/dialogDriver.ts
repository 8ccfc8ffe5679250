import type { KalliopeInput, KalliopeState, KalliopeStepContext } from '@parley/dialog-engine';
import { runKalliopeTurn, type KalliopeEffects, type KalliopeTurn } from '@parley/dialog-engine/kalliope';
import type { Neuron, NeuronContext } from '../neurons/neuron.js';

/** What carrying out the reducer's effects needs. */
interface DialogDriverDeps {
  readonly neurons: ReadonlyMap<string, Neuron>;
  readonly neuronContext: NeuronContext;
  /** Speaks a text (TTS and player). */
  readonly speak: (text: string) => Promise<void>;
  readonly context: () => KalliopeStepContext;
}

type DialogTurn = KalliopeTurn;

/**
 * Drives the dialog engine's Kalliope reducer for one request with the server's neuron modules and speech
 * (`runKalliopeTurn` of @parley/dialog-engine/kalliope, the loop the embedding API runs too).
 */
export class DialogDriver {
  private readonly effects: KalliopeEffects;

  constructor(private readonly deps: DialogDriverDeps) {
    this.effects = {
      speak: deps.speak,
      runNeuron: (name, parameters) => {
        const neuron = deps.neurons.get(name);
        if (neuron === undefined) throw new Error(`no neuron module "${name}"`);
        return neuron.run(parameters, deps.neuronContext);
      },
      warn: (details, message) => deps.neuronContext.log.warn(details, message),
    };
  }

  run(state: KalliopeState, input: KalliopeInput): Promise<DialogTurn> {
    return runKalliopeTurn(state, input, this.deps.context, this.effects);
  }
}
