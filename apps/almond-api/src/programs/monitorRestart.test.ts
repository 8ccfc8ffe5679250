import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation } from '../testing/conversationClient.js';
import { COUNTER_KIND, counterPlugin } from '../testing/counterPlugin.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let token: string;
const counter = counterPlugin();

beforeAll(async () => {
  test = await startTestApp({ plugins: [counter], minPollInterval: 50 });
  token = (await grantTokens(test.app, test.services, 'bob', 'user-read user-exec-command')).accessToken;
});
afterAll(async () => test.close());

async function listen(app: TestApp): Promise<string> {
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.app.server.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/me/api/conversation?hide_welcome=1`;
}

describe('long-running programs across a restart', () => {
  it('resume with their saved state and notify an open socket', async () => {
    const created = await test.app.inject({
      method: 'POST', url: '/me/api/apps/create', headers: { authorization: `Bearer ${token}` },
      payload: { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` },
    });
    const appId = created.json().uniqueId as string;
    await expect.poll(async () => (await test.services.apps.byId(appId))?.state ?? null, { timeout: 5000 }).not.toBeNull();

    test = await test.restart();
    expect(test.services.runner.isRunning(appId)).toBe(false);
    const url = await listen(test);
    const client = await openConversation(url, { authorization: `Bearer ${token}` });
    await client.round();
    expect(await test.services.runner.resumeAll()).toBe(1);
    await expect.poll(() => test.services.runner.isRunning(appId), { timeout: 5000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    counter.set(9);
    const round = await client.round();
    expect(round.some((message) => message.type === 'text' && String(message.text).includes('The counter is 9.'))).toBe(true);
    expect(round[round.length - 1]).toEqual({ type: 'askSpecial', ask: null });

    const list = await test.app.inject({ method: 'GET', url: '/me/api/apps/list', headers: { authorization: `Bearer ${token}` } });
    expect(list.json().map((app: { uniqueId: string }) => app.uniqueId)).toEqual([appId]);
    await test.app.inject({ method: 'POST', url: `/me/api/apps/delete/${appId}`, headers: { authorization: `Bearer ${token}` } });
    expect(test.services.runner.isRunning(appId)).toBe(false);
    await client.close();
  });

  it('stop publishing as soon as the program is deleted elsewhere (another instance)', async () => {
    const created = await test.app.inject({
      method: 'POST', url: '/me/api/apps/create', headers: { authorization: `Bearer ${token}` },
      payload: { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` },
    });
    const appId = created.json().uniqueId as string;
    await expect.poll(() => test.services.runner.isRunning(appId), { timeout: 5000 }).toBe(true);
    const user = await test.services.users.byUsername('bob');
    expect(await test.services.apps.delete(user?.id ?? '', appId)).toBe(true);
    counter.set(11);
    await expect.poll(() => test.services.runner.isRunning(appId), { timeout: 5000 }).toBe(false);
  });
});
