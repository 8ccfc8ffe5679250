import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceAgentContent } from '../agent/replaceAgentContent.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { demoAgent } from './demoAgent.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await replaceAgentContent(t.services, t.agentId, demoAgent);
});
afterAll(async () => t.close());

interface QueryBody {
  result: {
    action: string;
    parameters: Record<string, unknown>;
    contexts: { name: string; lifespan: number }[];
    metadata: Record<string, string>;
    speech: string;
    fulfillment: { speech: string };
  };
  status: { code: number; errorType: string };
}

async function ask(query: string, sessionId: string): Promise<QueryBody> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/query?v=20150910',
    headers: t.clientHeaders,
    payload: { query, sessionId, lang: 'en' },
  });
  expect(response.statusCode).toBe(200);
  return response.json<QueryBody>();
}

describe('the docs/protocols/apiai.md quick start agent', () => {
  it('answers "Forecast for DC" with weatherForecast and cityLocation "Washington, DC"', async () => {
    const body = await ask('Forecast for DC', 'seed-1');
    expect(body.result.action).toBe('weatherForecast');
    expect(body.result.parameters).toMatchObject({ cityLocation: 'Washington, DC' });
    expect(body.result.metadata).toMatchObject({ intentName: 'What is the weather in @city', webhookUsed: 'false' });
    expect(body.result.speech).toBe('Here is the forecast for Washington, DC.');
    expect(body.result.fulfillment.speech).toBe(body.result.speech);
    expect(body.result.contexts).toEqual([expect.objectContaining({ name: 'weather', lifespan: 5 })]);
  });

  it('answers "What is the weather in New York" with "New York, NY"', async () => {
    const body = await ask('What is the weather in New York', 'seed-2');
    expect(body.result.parameters).toMatchObject({ cityLocation: 'New York, NY' });
  });

  it('answers "What about Washington" only after the weather context is set', async () => {
    const before = await ask('What about Washington', 'seed-3');
    expect(before.result.action).not.toBe('weatherForecast');
    expect(before.result.metadata.isFallbackIntent).toBe('true');
    await ask('What is the weather in New York', 'seed-3');
    const after = await ask('What about Washington', 'seed-3');
    expect(after.result.action).toBe('weatherForecast');
    expect(after.result.parameters).toMatchObject({ cityLocation: 'Washington, DC' });
  });

  it('lets the weather context expire after 5 requests', async () => {
    await ask('Forecast for DC', 'seed-4');
    for (let request = 1; request <= 5; request += 1) {
      const body = await ask('hello', 'seed-4');
      expect(body.result.contexts.find((context) => context.name === 'weather')?.lifespan ?? 0).toBe(5 - request);
    }
    const expired = await ask('What about Washington', 'seed-4');
    expect(expired.result.action).not.toBe('weatherForecast');
  });

  it('keeps the weather context usable for the fifth request after it was set', async () => {
    await ask('Forecast for DC', 'seed-5');
    for (let request = 1; request <= 4; request += 1) await ask('hello', 'seed-5');
    const fifth = await ask('What about New York', 'seed-5');
    expect(fifth.result.action).toBe('weatherForecast');
  });

  it('turns an appliance on, then "turn it off" from the house context', async () => {
    const on = await ask('turn on the coffee machine', 'seed-6');
    expect(on.result).toMatchObject({ action: 'setAppliance', parameters: { state: 'on', appliance: 'Coffee Maker' } });
    const off = await ask('turn it off', 'seed-6');
    expect(off.result).toMatchObject({ action: 'setAppliance', parameters: { state: 'off', appliance: 'Coffee Maker' } });
    expect(off.result.speech).toBe('Turning Coffee Maker off.');
  });
});
