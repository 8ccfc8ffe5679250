import type { JsonObject } from '../../core/json.js';
import type { KalliopeEffect, KalliopeInput, KalliopeOutput } from '../kalliopeIo.js';
import type { KalliopeStepContext } from '../kalliopeStepContext.js';
import type { KalliopeState } from '../state.js';
import { stepKalliope } from '../stepKalliope.js';

/** What carrying out the reducer's effects needs: the server wires TTS and its neuron modules, the library the caller's. */
export interface KalliopeEffects {
  /** Speaks a text (TTS and player); a failure is logged, the answer stands. */
  speak(text: string): Promise<void>;
  /** Runs a neuron other than `say` and `neurotransmitter`; what it returns (JSON values) feeds the dialogue. */
  runNeuron(name: string, parameters: JsonObject): Promise<unknown>;
  warn(details: Readonly<Record<string, unknown>>, message: string): void;
}

export interface KalliopeTurn {
  readonly state: KalliopeState;
  readonly outputs: readonly KalliopeOutput[];
}

type NeuronResult = Extract<KalliopeInput, { type: 'neuron_result' }>;

async function carryOut(effect: KalliopeEffect, effects: KalliopeEffects): Promise<NeuronResult | undefined> {
  if (effect.kind === 'speak') {
    try {
      await effects.speak(effect.text);
    } catch (error) {
      effects.warn({ err: (error as Error).message }, 'speaking failed');
    }
    return undefined;
  }
  if (effect.kind === 'warning') {
    effects.warn({ synapse: effect.synapse, neuron: effect.neuron }, effect.message);
    return undefined;
  }
  try {
    const values = await effects.runNeuron(effect.name, effect.parameters);
    return { type: 'neuron_result', values: JSON.parse(JSON.stringify(values ?? {})) as JsonObject };
  } catch (error) {
    const message = (error as Error).message;
    effects.warn({ neuron: effect.name, err: message }, 'neuron failed; dropped from the answer');
    return { type: 'neuron_result', error: message };
  }
}

/**
 * One request of a Kalliope dialogue: steps the reducer with the input, carries out its effects in order (speech,
 * neurons), feeds awaited neuron results back, until the request is answered.
 */
export async function runKalliopeTurn(
  state: KalliopeState,
  input: KalliopeInput,
  context: () => KalliopeStepContext,
  effects: KalliopeEffects,
): Promise<KalliopeTurn> {
  let step = stepKalliope(state, input, context());
  const outputs: KalliopeOutput[] = [...step.outputs];
  for (;;) {
    let awaited: NeuronResult | undefined;
    for (const effect of step.effects) {
      const result = await carryOut(effect, effects);
      if (effect.kind === 'neuron' && effect.awaitsResult) awaited = result;
    }
    if (awaited === undefined) return { state: step.state, outputs };
    step = stepKalliope(step.state, awaited, context());
    outputs.push(...step.outputs);
  }
}
