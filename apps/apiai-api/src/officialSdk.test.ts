// The server driven by the official api.ai Node SDK (`apiai@4.0.3`) over real HTTP: text, event, contexts and
// user entities requests, and its error path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceAgentContent } from './agent/replaceAgentContent.js';
import { demoAgent } from './demo/demoAgent.js';
import { sdkClient, send, type SdkError } from './testing/sdkClient.js';
import { startTestApp, type TestApp } from './testing/testApp.js';

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp();
  await replaceAgentContent(t.services, t.agentId, demoAgent);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  port = address.port;
});
afterAll(async () => t.close());

interface QueryResponse {
  id: string;
  timestamp: string;
  sessionId: string;
  lang: string;
  result: {
    resolvedQuery: string;
    action: string;
    parameters: Record<string, unknown>;
    contexts: { name: string; parameters: Record<string, unknown>; lifespan: number }[];
    metadata: Record<string, string>;
    fulfillment: { speech: string; messages: unknown[] };
    speech: string;
    score: number;
  };
  status: { code: number; errorType: string };
}

describe('the official apiai Node SDK', () => {
  it('sends a text request and reads the v1 response', async () => {
    const client = sdkClient(t.clientToken, port);
    const body = (await send(client.textRequest('Forecast for DC', { sessionId: 'sdk-text' }))) as QueryResponse;
    expect(body.status).toEqual({ code: 200, errorType: 'success' });
    expect(body.sessionId).toBe('sdk-text');
    expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(body.result).toMatchObject({
      resolvedQuery: 'Forecast for DC',
      action: 'weatherForecast',
      parameters: { cityLocation: 'Washington, DC' },
      metadata: { webhookUsed: 'false', webhookForSlotFillingUsed: 'false', isFallbackIntent: 'false' },
      fulfillment: { speech: 'Here is the forecast for Washington, DC.' },
      speech: 'Here is the forecast for Washington, DC.',
    });
    expect(body.result.contexts[0]).toMatchObject({ name: 'weather', lifespan: 5, parameters: { cityLocation: 'Washington, DC', 'cityLocation.original': 'DC' } });
  });

  it('sends an event request', async () => {
    const client = sdkClient(t.clientToken, port);
    const body = (await send(client.eventRequest({ name: 'WELCOME' }, { sessionId: 'sdk-event' }))) as QueryResponse;
    expect(body.result).toMatchObject({ resolvedQuery: 'WELCOME', action: 'input.welcome', metadata: { intentName: 'Welcome' } });
  });

  it('sends request contexts that let a follow-up intent match', async () => {
    const client = sdkClient(t.clientToken, port);
    const body = (await send(
      client.textRequest('What about New York', { sessionId: 'sdk-contexts', contexts: [{ name: 'weather', lifespan: 2 }] }),
    )) as QueryResponse;
    expect(body.result).toMatchObject({ action: 'weatherForecast', parameters: { cityLocation: 'New York, NY' } });
  });

  it('sets, reads and deletes contexts through the /contexts calls', async () => {
    const client = sdkClient(t.clientToken, port);
    const set = (await send(
      client.contextsRequest([{ name: 'house', lifespan: 3, parameters: { appliance: 'Lights' } }], { sessionId: 'sdk-ctx' }),
    )) as { names: string[]; status: unknown };
    expect(set).toEqual({ names: ['house'], status: { code: 200, errorType: 'success' } });
    const listed = await send(client.getContextsRequest({ sessionId: 'sdk-ctx' }));
    expect(listed).toEqual([{ name: 'house', parameters: { appliance: 'Lights' }, lifespan: 3 }]);
    const off = (await send(client.textRequest('turn it off', { sessionId: 'sdk-ctx' }))) as QueryResponse;
    expect(off.result).toMatchObject({ action: 'setAppliance', parameters: { state: 'off', appliance: 'Lights' } });
    await send(client.deleteContextsRequest({ sessionId: 'sdk-ctx' }));
    expect(await send(client.getContextsRequest({ sessionId: 'sdk-ctx' }))).toEqual([]);
  });

  it('sends user entities that later queries of the session use', async () => {
    const client = sdkClient(t.clientToken, port);
    const entities = [{ name: 'city', extend: true, entries: [{ value: 'Paris, FR', synonyms: ['Paris', 'City of Light'] }] }];
    const set = (await send(client.userEntitiesRequest({ sessionId: 'sdk-user', entities }))) as { status: unknown };
    expect(set.status).toEqual({ code: 200, errorType: 'success' });
    const paris = (await send(client.textRequest('Forecast for City of Light', { sessionId: 'sdk-user' }))) as QueryResponse;
    expect(paris.result.parameters).toMatchObject({ cityLocation: 'Paris, FR' });
    const otherSession = (await send(client.textRequest('Forecast for Paris', { sessionId: 'sdk-other' }))) as QueryResponse;
    expect(otherSession.result.action).not.toBe('weatherForecast');
  });

  it('reports a wrong token through the SDK error with the api.ai body', async () => {
    const client = sdkClient('not-a-token', port);
    const error = await send(client.textRequest('hi', { sessionId: 'sdk-401' })).catch((caught: SdkError) => caught);
    expect(error).toBeInstanceOf(Error);
    const failed = error as SdkError;
    expect(failed.statusCode).toBe(401);
    expect(JSON.parse(failed.responseBody ?? '{}')).toMatchObject({ status: { code: 401, errorType: 'unauthorized' } });
  });
});
