import { loadRecognizers, trainClassifier } from '@parley/nlu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DialogAgent } from '../agent.js';
import { initialApiaiState } from '../state.js';
import { stepApiai, type ApiaiOutput } from '../stepApiai.js';
import { compileApiaiNlu } from './compileApiaiNlu.js';
import type { NluIntent } from './nluAgent.js';

beforeAll(loadRecognizers);

const entities = [{ name: 'city', entries: [{ value: 'London', synonyms: ['London', 'the big smoke'] }, { value: 'Paris', synonyms: ['Paris'] }] }];
const templates = (...texts: string[]) => texts.map((text) => ({ data: [{ text }], isTemplate: true }));
const cityParameter = { value: '$city', dataType: '@city', isList: false };
const intents: NluIntent[] = [
  {
    id: 'weather', name: 'weather', contexts: [], userSays: templates('weather in @city:city', 'weather in @city:city @sys.date:date'),
    responses: [{ parameters: [cityParameter, { value: '$date', dataType: '@sys.date', isList: false }], affectedContexts: [{ name: 'weather', lifespan: 5 }] }],
  },
  { id: 'weather-about', name: 'weather about', contexts: ['weather'], userSays: templates('what about @city:city'), responses: [{ parameters: [cityParameter], affectedContexts: [] }] },
];
const agent: DialogAgent = {
  intents: [
    {
      id: 'weather',
      name: 'weather',
      action: 'weather.get',
      affectedContexts: [{ name: 'weather' }],
      parameters: [
        { name: 'city', value: '$city', dataType: '@city', required: true, prompts: ['Which city?'] },
        { name: 'date', value: '$date', dataType: '@sys.date', required: true, prompts: ['For when?'] },
      ],
      messages: [{ type: 0, speech: 'Weather in $city on $date.' }],
    },
    {
      id: 'weather-about',
      name: 'weather about',
      action: 'weather.get',
      contexts: ['weather'],
      parameters: [
        { name: 'city', value: '$city', dataType: '@city' },
        { name: 'date', value: '#weather.date', dataType: '@sys.date' },
      ],
      messages: [{ type: 0, speech: 'And in $city on $date.' }],
    },
  ],
};

const now = Date.UTC(2017, 6, 19, 12);
const nlu = compileApiaiNlu({ intents, entities }).forQuery({ now, timeZone: undefined, lang: 'en' });

function resultOf(outputs: readonly ApiaiOutput[]) {
  const [output] = outputs;
  if (output?.kind !== 'query_result') throw new Error('expected a query result');
  return output.result;
}

describe('compileApiaiNlu', () => {
  it('matches templates, fills slots from answers and follows up through contexts', () => {
    const ctx = { now, random: () => 0, agent, nlu };
    const first = stepApiai(initialApiaiState(), { type: 'query', query: 'weather in the big smoke' }, ctx);
    expect(resultOf(first.outputs)).toMatchObject({ actionIncomplete: true, parameters: { city: 'London', date: '' }, fulfillment: { speech: 'For when?' } });
    const second = stepApiai(first.state, { type: 'query', query: 'tomorrow please' }, ctx);
    expect(resultOf(second.outputs)).toMatchObject({
      actionIncomplete: false,
      parameters: { city: 'London', date: '2017-07-20' },
      fulfillment: { speech: 'Weather in London on 2017-07-20.' },
    });
    const third = stepApiai(second.state, { type: 'query', query: 'what about Paris' }, ctx);
    expect(resultOf(third.outputs)).toMatchObject({ parameters: { city: 'Paris', date: '2017-07-20' }, fulfillment: { speech: 'And in Paris on 2017-07-20.' } });
  });

  it('reads a developer entity answer, and nothing from an unrelated answer', () => {
    expect(nlu.extractParameter('Paris I think', { dataType: '@city', isList: false, sessionEntities: [] })).toEqual({ value: 'Paris', original: 'Paris' });
    expect(nlu.extractParameter('no idea', { dataType: '@city', isList: false, sessionEntities: [] })).toBeNull();
    expect(nlu.extractParameter('  anything at all ', { dataType: '@sys.any', isList: false, sessionEntities: [] })).toEqual({ value: 'anything at all', original: 'anything at all' });
  });

  it('passes session entities to the matcher', () => {
    const sessionEntities = [{ name: 'city', entries: [{ value: 'Oslo', synonyms: ['Oslo'] }], extend: true }];
    const [candidate] = nlu.match('weather in Oslo', { contexts: [], sessionEntities });
    expect(candidate).toMatchObject({ intentId: 'weather', parameters: { city: { value: 'Oslo', original: 'Oslo' } } });
  });

  it('adds the classifier\'s choices above its threshold, parameters read by their entities', () => {
    const examples = [
      ...['is it going to rain in London', 'do I need an umbrella in Paris', 'how warm is it in Paris'].map((text) => ({ text, intent: 'weather' })),
      ...['play some music', 'put on a song', 'play jazz'].map((text) => ({ text, intent: 'music' })),
    ];
    const model = { ...trainClassifier(examples, { epochs: 30 }), outOfScopeThreshold: 0.5 };
    const classified = compileApiaiNlu({ intents, entities, classifier: () => model }).forQuery({ now, timeZone: undefined, lang: 'en' });
    const [candidate] = classified.match('will it rain in Paris', { contexts: [], sessionEntities: [] });
    expect(candidate).toMatchObject({ intentId: 'weather', parameters: { city: { value: 'Paris', original: 'Paris' } } });
    expect(candidate?.score).toBeGreaterThan(0.5);
    expect(compileApiaiNlu({ intents, entities, classifier: () => model, minConfidence: 1 }).forQuery({ now, timeZone: undefined, lang: 'en' })
      .match('will it rain in Paris', { contexts: [], sessionEntities: [] })).toEqual([]);
  });
});
