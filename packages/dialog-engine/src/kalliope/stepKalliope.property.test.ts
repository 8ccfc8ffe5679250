import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../core/json.js';
import { isPlainJson } from '../testing/isPlainJson.js';
import type { KalliopeSynapse } from './brain.js';
import type { KalliopeInput } from './kalliopeIo.js';
import { createNluMatchOrder } from './nluMatchOrder.js';
import { initialKalliopeState } from './state.js';
import { stepKalliope } from './stepKalliope.js';

const order = (text: string) => ({ name: 'order', parameters: text });
const brain: KalliopeSynapse[] = [
  {
    name: 'ask',
    signals: [order('ask {{ topic }}')],
    neurons: [
      { name: 'say', parameters: { message: ['about {{ topic }}', '{{ missing }}'], kalliope_memory: { topic: '{{ topic }}' } } },
      { name: 'neurotransmitter', parameters: { from_answer_link: [{ synapse: 'ask', answers: ['again {{ topic }}'] }, { synapse: 'loop', answers: ['loop'] }, 'junk'], default: 'tell' } },
      { name: 'say', parameters: { say_template: "{{ kalliope_memory['topic'] }}" } },
    ],
  },
  { name: 'tell', signals: [order('tell'), { name: 'order', parameters: { text: 'tell me', 'matching-type': 'strict' } }], neurons: [{ name: 'shell', parameters: { cmd: 'x', file_template: 'f.j2' } }] },
  { name: 'loop', signals: [order('loop')], neurons: [{ name: 'neurotransmitter', parameters: { direct_link: 'loop' } }] },
  { name: 'broken', signals: [order('broken')], neurons: [{ name: 'neurotransmitter', parameters: null }, { name: 'say', parameters: { message: 42 } }, { name: 'kill_switch', parameters: null }] },
];

const json = fc.jsonValue({ maxDepth: 2 });
const input: fc.Arbitrary<KalliopeInput> = fc.oneof(
  fc.record({ type: fc.constant('order' as const), order: fc.oneof(fc.constantFrom('ask cats', 'again dogs', 'tell', 'tell me', 'loop', 'broken', '', null), fc.string()), mute: fc.boolean() }, { requiredKeys: ['type', 'order'] }),
  fc.record({ type: fc.constant('run_synapse' as const), name: fc.constantFrom('ask', 'tell', 'loop', 'nope'), parameters: fc.dictionary(fc.string(), json) as fc.Arbitrary<JsonObject> }, { requiredKeys: ['type', 'name'] }),
  fc.record({ type: fc.constant('neuron_result' as const), values: fc.dictionary(fc.string(), json) as fc.Arbitrary<JsonObject>, error: fc.string() }, { requiredKeys: ['type'] }),
);

describe('stepKalliope properties', () => {
  it('never throws, never mutates its input state, keeps plain JSON state and outputs, and waits only with something in the LIFO', () => {
    const matchOrder = createNluMatchOrder();
    fc.assert(
      fc.property(fc.array(fc.tuple(input, fc.double({ min: 0, max: 1, maxExcluded: true })), { maxLength: 10 }), (turns) => {
        let state = initialKalliopeState();
        for (const [next, draw] of turns) {
          const before = JSON.stringify(state);
          const step = stepKalliope(state, next, {
            now: 0,
            random: () => draw,
            brain,
            matchOrder,
            settings: { maxNeuronsPerRequest: 50, orderNotFoundSynapses: ['tell', 'nope'] },
            templateFiles: { 'f.j2': '{{ out }}' },
          });
          expect(JSON.stringify(state)).toBe(before);
          expect(isPlainJson(step.state)).toBe(true);
          expect(isPlainJson(step.outputs)).toBe(true);
          expect(isPlainJson(step.effects)).toBe(true);
          if (step.state.waitingForAnswer) expect(step.state.lifo.length).toBeGreaterThan(0);
          if (step.state.request === null && next.type !== 'neuron_result') expect(step.outputs.length).toBeGreaterThan(0);
          state = step.state;
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
