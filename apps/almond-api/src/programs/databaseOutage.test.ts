import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_KIND, counterPlugin } from '../testing/counterPlugin.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

// A long-running program whose state cannot be saved because the database is out of reach (a Postgres restart) is
// not marked failed: it is handed back to the scheduler and runs again, from its last saved state, once it answers.
let test: TestApp;
let token: string;
const counter = counterPlugin();

beforeAll(async () => {
  test = await startTestApp({ plugins: [counter], minPollInterval: 50 });
  token = (await grantTokens(test.app, test.services, 'bob', 'user-read user-exec-command')).accessToken;
});
afterAll(async () => test.close());

describe('a program during a database outage', () => {
  it('is resumed, not marked failed, when saving its state fails for want of the database', async () => {
    const created = await test.app.inject({
      method: 'POST', url: '/me/api/apps/create', headers: { authorization: `Bearer ${token}` },
      payload: { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` },
    });
    const appId = created.json().uniqueId as string;
    await expect.poll(async () => (await test.services.apps.byId(appId))?.state ?? null, { timeout: 5000 }).not.toBeNull();

    const saveState = test.services.apps.saveState.bind(test.services.apps);
    let refused = 0;
    test.services.apps.saveState = async (id, state) => {
      if (refused === 0) {
        refused += 1;
        throw new Error('Failed query: update "almond_apps" …', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) });
      }
      return saveState(id, state);
    };
    counter.set(4);
    await expect.poll(() => refused, { timeout: 5000 }).toBe(1);
    await expect.poll(() => test.services.runner.isRunning(appId), { timeout: 5000 }).toBe(false);
    await expect.poll(() => test.services.runner.isRunning(appId), { timeout: 10_000 }).toBe(true);
    expect((await test.services.apps.byId(appId))?.error).toBeNull();
  });
});
