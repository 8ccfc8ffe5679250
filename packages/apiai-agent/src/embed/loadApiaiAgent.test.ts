import { ApiaiResult } from '@parley/protocol-types';
import { strToU8, zipSync } from 'fflate';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { InvalidAgentError } from '../agent/InvalidAgentError.js';
import { loadApiaiAgent, type AgentExportJson, type SessionStorage } from '../index.js';

const weather: AgentExportJson = {
  agent: { language: 'en', defaultTimezone: 'Europe/London' },
  entities: [{ name: 'city', entries: [{ value: 'London', synonyms: ['London', 'the big smoke'] }, { value: 'Paris', synonyms: ['Paris'] }] }],
  intents: [
    {
      name: 'weather',
      templates: ['weather in @city:city', 'weather in @city:city @sys.date:date', 'what is the weather'],
      userSays: [
        { data: [{ text: 'is it going to rain in ' }, { text: 'Paris', alias: 'city', meta: '@city' }], isTemplate: false },
        { data: [{ text: 'do I need an umbrella in ' }, { text: 'London', alias: 'city', meta: '@city' }], isTemplate: false },
      ],
      responses: [{
        action: 'weather.get',
        affectedContexts: [{ name: 'weather', lifespan: 2 }],
        parameters: [
          { name: 'city', value: '$city', dataType: '@city', required: true, prompts: ['Which city?'] },
          { name: 'date', value: '$date', dataType: '@sys.date' },
        ],
        messages: [{ type: 0, speech: 'Weather in $city.' }],
      }],
    },
    {
      name: 'music',
      templates: ['play some music', 'put on a song'],
      userSays: [{ data: [{ text: 'play jazz please' }], isTemplate: false }],
      responses: [{ action: 'music.play', messages: [{ type: 0, speech: 'Playing.' }] }],
    },
    {
      name: 'weather - about',
      contexts: ['weather'],
      templates: ['what about @city:city'],
      responses: [{ action: 'weather.get', parameters: [{ name: 'city', value: '$city', dataType: '@city' }], messages: [{ type: 0, speech: 'And in $city.' }] }],
    },
  ],
};

const fixedClock = { now: () => Date.UTC(2017, 6, 19, 12), random: () => 0 };

describe('loadApiaiAgent', { timeout: 60_000 }, () => {
  it('answers with the v1 result, keeping contexts and slot filling per session', async () => {
    const agent = await loadApiaiAgent(weather, fixedClock);
    const first = await agent.query('weather in the big smoke', { sessionId: 'a' });
    expect(Value.Check(ApiaiResult, first)).toBe(true);
    expect(first).toMatchObject({
      resolvedQuery: 'weather in the big smoke', action: 'weather.get', actionIncomplete: false, parameters: { city: 'London', date: '' },
      metadata: { intentName: 'weather', webhookUsed: 'false', isFallbackIntent: 'false' }, fulfillment: { speech: 'Weather in London.' }, score: 1,
    });
    expect(first.contexts).toEqual([{ name: 'weather', parameters: { city: 'London', 'city.original': 'the big smoke', date: '', 'date.original': '' }, lifespan: 2 }]);
    expect((await agent.query('what about Paris', { sessionId: 'a' })).fulfillment.speech).toBe('And in Paris.');
    expect((await agent.query('what about Paris', { sessionId: 'b' })).action).toBe('input.unknown');

    const asked = await agent.query('what is the weather', { sessionId: 'c' });
    expect([asked.actionIncomplete, asked.fulfillment.speech]).toEqual([true, 'Which city?']);
    expect((await agent.query('Paris', { sessionId: 'c' })).fulfillment.speech).toBe('Weather in Paris.');
    await agent.close();
  });

  it('trains its classifier on load: a sentence no template covers is answered', async () => {
    const agent = await loadApiaiAgent(weather, fixedClock);
    const result = await agent.query('will it rain in Paris', { sessionId: 'a' });
    expect(result).toMatchObject({ action: 'weather.get', parameters: { city: 'Paris' } });
    expect(result.score).toBeLessThan(1);
  });

  it('reads an export zip and honours request contexts, events and session entities', async () => {
    const files: Record<string, Uint8Array> = { 'agent.json': strToU8(JSON.stringify(weather.agent)) };
    for (const [index, intent] of weather.intents.entries()) files[`intents/intent${index}.json`] = strToU8(JSON.stringify(intent));
    for (const entity of weather.entities ?? []) files[`entities/${(entity as { name: string }).name}.json`] = strToU8(JSON.stringify(entity));
    const agent = await loadApiaiAgent(zipSync(files), fixedClock);
    expect([agent.language, agent.intents.length, agent.entities.length]).toEqual(['en', 3, 1]);
    const followUp = await agent.query('what about Paris', { sessionId: 'z', contexts: [{ name: 'weather', lifespan: 1 }] });
    expect(followUp.fulfillment.speech).toBe('And in Paris.');
    const oslo = await agent.query('weather in Oslo', { sessionId: 'y', entities: [{ name: 'city', entries: [{ value: 'Oslo', synonyms: ['Oslo'] }], extend: true }] });
    expect(oslo.parameters).toMatchObject({ city: 'Oslo' });
    expect((await agent.event('unknown', { sessionId: 'y' })).action).toBe('input.unknown');
  });

  it('keeps sessions where it is told, one query of a session at a time', async () => {
    const saved: string[] = [];
    const states = new Map<string, unknown>();
    const sessions: SessionStorage = {
      load: async (id) => states.get(id) as Awaited<ReturnType<SessionStorage['load']>>,
      save: async (id, state) => {
        saved.push(id);
        states.set(id, state);
      },
    };
    const agent = await loadApiaiAgent(weather, { ...fixedClock, sessions });
    const [first, second] = await Promise.all([
      agent.query('weather in Paris', { sessionId: 's' }),
      agent.query('what about London', { sessionId: 's' }),
    ]);
    expect([first.fulfillment.speech, second.fulfillment.speech]).toEqual(['Weather in Paris.', 'And in London.']);
    expect(saved).toEqual(['s', 's']);
  });

  it('refuses content it cannot read', async () => {
    await expect(loadApiaiAgent({ intents: [{ name: '' }] })).rejects.toThrow(InvalidAgentError);
    await expect(loadApiaiAgent(new Uint8Array([1, 2, 3]))).rejects.toThrow(InvalidAgentError);
  });
});
