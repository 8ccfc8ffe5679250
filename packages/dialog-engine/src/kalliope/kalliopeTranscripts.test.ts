import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.js';
import { scriptedRandom } from '../testing/scriptedRandom.js';
import type { KalliopeDialogSettings, KalliopeNeuron, KalliopeSynapse } from './brain.js';
import type { KalliopeInput } from './kalliopeIo.js';
import { createNluMatchOrder } from './nluMatchOrder.js';
import type { RunResponse } from './runResponse.js';
import { initialKalliopeState } from './state.js';
import { stepKalliope } from './stepKalliope.js';

/**
 * Runs every dialogue of ./transcripts against the real Kalliope order matching of @parley/nlu. A transcript
 * holds a brain in brain.yml form, optional `settings`, `files` (file_template contents) and `random` draws;
 * each turn gives an `input` (or an `order` shorthand) and checks the `response` (exact), `orderFound`,
 * `outputs` or `effects` (exact), `memory` (a subset), or `noOutput` while a neuron result is awaited.
 */
interface Transcript {
  readonly title: string;
  readonly brain: readonly { name: string; enabled?: boolean; signals: JsonObject[]; neurons: (string | JsonObject)[] }[];
  readonly settings?: KalliopeDialogSettings;
  readonly files?: Record<string, string>;
  readonly random?: number | number[];
  readonly turns: readonly Turn[];
}

interface Turn {
  readonly order?: string;
  readonly input?: KalliopeInput;
  readonly response?: RunResponse;
  readonly responses?: readonly RunResponse[];
  readonly outputs?: readonly JsonObject[];
  readonly orderFound?: boolean;
  readonly effects?: readonly JsonObject[];
  readonly memory?: JsonObject;
  readonly noOutput?: boolean;
}

function neuronOf(item: string | JsonObject): KalliopeNeuron {
  if (typeof item === 'string') return { name: item, parameters: null };
  const [name, parameters] = Object.entries(item)[0] ?? ['', null];
  return { name, parameters: isJsonObject(parameters as JsonValue) ? (parameters as JsonObject) : null };
}

function brainOf(transcript: Transcript): KalliopeSynapse[] {
  return transcript.brain.map((synapse) => ({
    name: synapse.name,
    ...(synapse.enabled === undefined ? {} : { enabled: synapse.enabled }),
    signals: synapse.signals.flatMap((signal) => Object.entries(signal).map(([name, parameters]) => ({ name, parameters }))),
    neurons: synapse.neurons.map(neuronOf),
  }));
}

const folder = join(import.meta.dirname, 'transcripts');
const files = readdirSync(folder).filter((file) => file.endsWith('.yaml')).sort();

describe('Kalliope multi-turn transcripts', () => {
  it('has at least 15 transcripts', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of files) {
    const transcript = parse(readFileSync(join(folder, file), 'utf8')) as Transcript;
    it(`${file}: ${transcript.title}`, () => {
      const ctx = {
        now: 1_600_000_000_000,
        random: scriptedRandom(transcript.random),
        brain: brainOf(transcript),
        matchOrder: createNluMatchOrder(),
        ...(transcript.settings === undefined ? {} : { settings: transcript.settings }),
        ...(transcript.files === undefined ? {} : { templateFiles: transcript.files }),
      };
      let state = initialKalliopeState();
      transcript.turns.forEach((turn, index) => {
        const input: KalliopeInput = turn.input ?? { type: 'order', order: turn.order ?? null };
        const step = stepKalliope(state, input, ctx);
        state = step.state;
        const label = `turn ${index + 1} (${JSON.stringify(input)})`;
        const responses = step.outputs.flatMap((output) => (output.kind === 'run_response' ? [output.response] : []));
        if (turn.noOutput === true) expect(step.outputs, label).toEqual([]);
        if (turn.response !== undefined) expect(responses, label).toEqual([turn.response]);
        if (turn.responses !== undefined) expect(responses, label).toEqual(turn.responses);
        if (turn.outputs !== undefined) expect(step.outputs, label).toEqual(turn.outputs);
        if (turn.orderFound !== undefined) expect(step.outputs[0], label).toMatchObject({ orderFound: turn.orderFound });
        if (turn.effects !== undefined) expect(step.effects, label).toEqual(turn.effects);
        if (turn.memory !== undefined) expect(state.memory, label).toMatchObject(turn.memory);
      });
    });
  }
});
