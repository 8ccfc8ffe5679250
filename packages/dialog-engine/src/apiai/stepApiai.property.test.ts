import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../core/json.js';
import { isPlainJson } from '../testing/isPlainJson.js';
import type { DialogAgent } from './agent.js';
import type { ExtractedValue, IntentCandidate } from './ports.js';
import { initialApiaiState } from './state.js';
import { stepApiai, type ApiaiInput } from './stepApiai.js';

const agent: DialogAgent = {
  intents: [
    { id: 'fallback', name: 'Default Fallback Intent', fallbackIntent: true, messages: [{ type: 0, speech: ['Sorry?', 'Pardon?'] }] },
    {
      id: 'weather',
      name: 'weather',
      action: 'weather',
      affectedContexts: [{ name: 'weather' }, { name: 'gone', lifespan: 0 }],
      parameters: [
        { name: 'city', value: '$city', dataType: '@sys.geo-city', defaultValue: '#weather.city' },
        { name: 'date', value: '$date', dataType: '@sys.date', required: true, prompts: ['When?', 'Which day?'] },
        { name: 'tags', value: '$tags', isList: true, required: true, prompts: ['Tags?'] },
      ],
      messages: [{ type: 0, speech: 'In $city on #weather.date' }, { type: 1, title: 'card' }],
    },
    { id: 'follow', name: 'follow up', contexts: ['weather'], resetContexts: true, events: ['FOLLOW', { name: 'again' }] },
  ],
};

const names = fc.constantFrom('weather', 'WEATHER', 'gone', 'weather_id_dialog_context', '__system_counters__', 'x');
const json: fc.Arbitrary<JsonValue> = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>;
const extracted: fc.Arbitrary<ExtractedValue> = fc.record({ value: json, original: fc.string() });
const candidate: fc.Arbitrary<IntentCandidate> = fc.record({
  intentId: fc.constantFrom('weather', 'follow', 'fallback', 'unknown'),
  score: fc.double(),
  parameters: fc.dictionary(fc.constantFrom('city', 'date', 'tags', 'other'), extracted),
});
const contextToSet = fc.record({ name: names, parameters: fc.dictionary(fc.string(), json), lifespan: fc.integer({ min: -2, max: 12 }) }, { requiredKeys: ['name'] });

const input: fc.Arbitrary<ApiaiInput> = fc.oneof(
  fc.record(
    {
      type: fc.constant('query' as const),
      query: fc.oneof(fc.string(), fc.constantFrom('cancel', 'Stop!', 'never mind')),
      event: fc.record({ name: fc.constantFrom('FOLLOW', 'again', 'none'), data: fc.dictionary(fc.string(), json) }, { requiredKeys: ['name'] }),
      contexts: fc.array(contextToSet, { maxLength: 3 }),
      resetContexts: fc.boolean(),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('set_contexts' as const), contexts: fc.array(contextToSet, { maxLength: 3 }) }),
  fc.constant({ type: 'get_contexts' as const }),
  fc.record({ type: fc.constant('get_context' as const), name: names }),
  fc.record({ type: fc.constant('delete_context' as const), name: names }),
  fc.constant({ type: 'delete_contexts' as const }),
  fc.record({ type: fc.constant('delete_user_entity' as const), name: fc.string() }),
);

const turn = fc.record({
  input,
  candidates: fc.array(candidate, { maxLength: 3 }),
  extraction: fc.option(extracted),
  seconds: fc.integer({ min: 0, max: 900 }),
  draw: fc.double({ min: -1, max: 2 }),
});

describe('stepApiai properties', () => {
  it('never throws, never mutates its input state, and leaves plain JSON state and outputs, one output per input', () => {
    fc.assert(
      fc.property(fc.array(turn, { maxLength: 12 }), (turns) => {
        let state = initialApiaiState();
        let now = 1_600_000_000_000;
        for (const { input: next, candidates, extraction, seconds, draw } of turns) {
          now += seconds * 1000;
          const before = JSON.stringify(state);
          const step = stepApiai(state, next, {
            now,
            random: () => draw,
            agent,
            nlu: { match: () => candidates, extractParameter: () => extraction },
            config: { maxReprompts: 1 },
          });
          expect(JSON.stringify(state)).toBe(before);
          expect(step.outputs).toHaveLength(1);
          expect(isPlainJson(step.state)).toBe(true);
          expect(isPlainJson(step.outputs)).toBe(true);
          state = step.state;
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
