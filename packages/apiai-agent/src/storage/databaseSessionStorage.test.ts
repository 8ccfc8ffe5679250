import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initialApiaiState } from '@parley/dialog-engine';
import { createScratchDatabase } from '@parley/storage';
import { afterEach, describe, expect, it } from 'vitest';
import { loadApiaiAgent, type AgentExportJson } from '../index.js';
import { databaseSessionStorage, openSessionDatabase, type OpenSessionDatabaseOptions } from './databaseSessionStorage.js';

const weather: AgentExportJson = {
  agent: { language: 'en' },
  entities: [{ name: 'city', entries: [{ value: 'London', synonyms: ['London'] }, { value: 'Paris', synonyms: ['Paris'] }] }],
  intents: [
    {
      name: 'weather',
      templates: ['weather in @city:city'],
      responses: [{ affectedContexts: [{ name: 'weather', lifespan: 2 }], parameters: [{ name: 'city', value: '$city', dataType: '@city' }], messages: [{ type: 0, speech: 'Weather in $city.' }] }],
    },
    {
      name: 'weather - about',
      contexts: ['weather'],
      templates: ['and tomorrow'],
      responses: [{ parameters: [{ name: 'city', value: '#weather.city' }], messages: [{ type: 0, speech: 'Tomorrow in $city.' }] }],
    },
  ],
};

const fixedClock = { now: () => Date.UTC(2017, 6, 19, 12), random: () => 0 };

/** Where the sessions go: a PGlite data folder always, a scratch Postgres database when DATABASE_URL is set. */
const targets: { name: string; make(): Promise<{ options: OpenSessionDatabaseOptions; dispose(): Promise<void> }> }[] = [
  {
    name: 'pglite',
    make: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'parley-agent-sessions-'));
      return { options: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  ...(process.env.DATABASE_URL
    ? [{
        name: 'postgres',
        make: async () => {
          const scratch = await createScratchDatabase(process.env.DATABASE_URL ?? '', 'agent_sessions');
          return { options: { url: scratch.url }, dispose: () => scratch.drop() };
        },
      }]
    : []),
];

describe.each(targets)('databaseSessionStorage on $name', { timeout: 60_000 }, (target) => {
  const disposals: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const dispose of disposals.splice(0).reverse()) await dispose();
  });

  /** An agent whose sessions live in the target's database; closing it closes the database too. */
  async function agentOn(options: OpenSessionDatabaseOptions, agentName?: string) {
    const database = await openSessionDatabase(options);
    const agent = await loadApiaiAgent(weather, { ...fixedClock, sessions: databaseSessionStorage(database, agentName === undefined ? {} : { agent: agentName }) });
    return { agent, close: async () => (await agent.close(), await database.close()) };
  }

  it('keeps contexts from one agent instance to the next on the same database', async () => {
    const { options, dispose } = await target.make();
    disposals.push(dispose);
    const first = await agentOn(options);
    expect((await first.agent.query('weather in Paris', { sessionId: 'u1' })).fulfillment.speech).toBe('Weather in Paris.');
    // PGlite opens a data folder from one process at a time: the first instance ends before the second starts.
    await first.close();

    const second = await agentOn(options);
    disposals.push(second.close);
    const followUp = await second.agent.query('and tomorrow', { sessionId: 'u1' });
    expect([followUp.metadata.intentName, followUp.fulfillment.speech]).toEqual(['weather - about', 'Tomorrow in Paris.']);
    expect(followUp.contexts.map((context) => [context.name, context.lifespan])).toEqual([['weather', 1]]);
    expect((await second.agent.query('and tomorrow', { sessionId: 'u2' })).action).toBe('input.unknown');
  });

  it('keeps the sessions of differently named agents apart', async () => {
    const { options, dispose } = await target.make();
    disposals.push(dispose);
    const database = await openSessionDatabase(options);
    disposals.push(() => database.close());
    const sessions = databaseSessionStorage(database, { agent: 'weather' });
    const state = initialApiaiState();
    await sessions.save('u1', state);
    expect(await sessions.load('u1')).toEqual(state);
    expect(await databaseSessionStorage(database, { agent: 'other' }).load('u1')).toBeUndefined();
    expect(await databaseSessionStorage(database).load('u1')).toBeUndefined();
  });
});
