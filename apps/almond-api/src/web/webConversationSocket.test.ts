import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation } from '../testing/conversationClient.js';
import { createUserAndLogin } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let origin: string;
let cookie: string;

beforeAll(async () => {
  test = await startTestApp();
  await test.app.listen({ port: 0, host: '127.0.0.1' });
  const address = test.app.server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  cookie = await createUserAndLogin(test.app, test.services, 'faye');
});
afterAll(async () => test.close());

const url = () => `${origin.replace('http:', 'ws:')}/me/ws/conversation`;

describe('the chat page socket /me/ws/conversation', () => {
  it('talks the conversation protocol with the session cookie from the same origin', async () => {
    const conversation = await openConversation(url(), { cookie, origin });
    const welcome = await conversation.round();
    expect(welcome.at(-1)).toEqual({ type: 'askSpecial', ask: null });
    expect(welcome.some((message) => message.type === 'text')).toBe(true);
    conversation.send({ type: 'tt', code: 'now => @org.thingpedia.builtin.thingengine.builtin.get_date() => notify;' });
    const round = await conversation.round();
    expect(round.some((message) => message.type === 'text' || message.type === 'result')).toBe(true);
    conversation.send('{oops');
    expect(await conversation.next()).toMatchObject({ type: 'error' });
    conversation.send({ type: 'nonsense' });
    expect(await conversation.next()).toEqual({ type: 'error', error: 'Invalid command type nonsense', code: 'EINVAL' });
    await conversation.close();
  });

  it('skips the welcome with hide_welcome=1', async () => {
    const conversation = await openConversation(`${url()}?hide_welcome=1`, { cookie, origin });
    expect(await conversation.round()).toEqual([{ type: 'askSpecial', ask: null }]);
    await conversation.close();
  });

  it('refuses another origin, a missing origin and a missing or unknown session', async () => {
    await expect(openConversation(url(), { cookie, origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(openConversation(url(), { cookie })).rejects.toThrow('HTTP 403');
    await expect(openConversation(url(), { origin })).rejects.toThrow('HTTP 401');
    await expect(openConversation(url(), { origin, cookie: 'almond_session=forged' })).rejects.toThrow('HTTP 401');
  });
});
