import { BUILTIN_PLUGINS, startFixtureServer, type FixtureServer } from '@parley/thingtalk/devices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlmondOutput } from '../messages.js';
import type { AlmondState } from '../state.js';
import { createAlmondAgent } from './createAlmondAgent.js';

// The Cat API stands in as a local fixture server: tests never call the real web API.
let cats: FixtureServer;
beforeAll(async () => {
  cats = await startFixtureServer({
    '/v1/images/search?limit=1&mime_types=jpg,png': { body: JSON.stringify([{ id: 'abc', url: 'https://cdn.example/abc.jpg' }]) },
  });
});
afterAll(() => cats.close());

const agentOptions = () => ({ plugins: BUILTIN_PLUGINS, pluginOptions: { 'com.thecatapi': { baseUrl: cats.url } } });
const texts = (messages: readonly AlmondOutput[]) => messages.flatMap((message) => (message.type === 'text' ? [message.text] : []));

describe('createAlmondAgent', () => {
  it('answers a command with the messages of the conversation socket, adding the set-up-free device it needs', async () => {
    const agent = createAlmondAgent(agentOptions());
    const replies = await agent.converse({ type: 'command', text: 'get a cat picture' });
    expect(replies.map((message) => message.type)).toEqual(['rdl', 'picture', 'askSpecial']);
    expect(replies[1]).toMatchObject({ type: 'picture', url: 'https://cdn.example/abc.jpg', icon: 'com.thecatapi' });
    expect(replies.at(-1)).toEqual({ type: 'askSpecial', ask: null });
    expect(agent.devices().map((device) => device.uniqueId)).toContain('com.thecatapi');
    expect(cats.requests).toContain('/v1/images/search?limit=1&mime_types=jpg,png');
  });

  it('keeps each conversation state between rounds, in the store it is given', async () => {
    const saved = new Map<string, AlmondState>();
    const agent = createAlmondAgent({ ...agentOptions(), store: { load: (id) => saved.get(id), save: (id, state) => void saved.set(id, state) } });
    const asked = await agent.converse({ type: 'tt', code: 'now => @org.thingpedia.builtin.thingengine.builtin.say(message=$?);' }, { conversationId: 'a' });
    expect(asked.at(-1)).toEqual({ type: 'askSpecial', ask: 'raw_string' });
    expect(saved.get('a')?.expecting).toBe('raw_string');
    // another conversation is not in the middle of anything
    expect(texts(await agent.converse({ type: 'command', text: 'yes' }, { conversationId: 'b' }))).toEqual(['I agree, but to what?']);
    const confirming = await agent.converse({ type: 'command', text: 'hello there' }, { conversationId: 'a' });
    expect(texts(confirming)).toEqual(['Okay, so you want me to send me a message “hello there”. Is that right?']);
    expect(texts(await agent.converse({ type: 'command', text: 'yes' }, { conversationId: 'a' }))).toEqual(['Consider it done.']);
    expect(saved.get('a')?.expecting).toBeNull();
  });

  it('welcomes a new user and reads ThingTalk and parsed commands', async () => {
    const agent = createAlmondAgent(agentOptions());
    const welcome = await agent.converse({ type: 'connect', showWelcome: true, firstVisit: false });
    expect(welcome.at(-1)).toEqual({ type: 'askSpecial', ask: null });
    const parsed = await agent.converse({ type: 'parsed', json: { code: ['bookkeeping', 'special', 'special:help'], entities: {} } });
    expect(parsed.some((message) => message.type === 'button')).toBe(true);
  });

  it('reports the results of a long-running program as notification rounds until stopped', async () => {
    const notified: AlmondOutput[][] = [];
    const agent = createAlmondAgent({ ...agentOptions(), onNotification: (messages) => void notified.push([...messages]) });
    const started = await agent.converse({ type: 'tt', code: 'timer(base=new Date(), interval=1s) => @com.thecatapi.get() => notify;' });
    expect(started.at(-1)).toEqual({ type: 'askSpecial', ask: null });
    await expect.poll(() => notified.length, { timeout: 5000 }).toBeGreaterThan(0);
    agent.stop();
    expect(notified[0]?.some((message) => message.type === 'picture')).toBe(true);
  });
});
