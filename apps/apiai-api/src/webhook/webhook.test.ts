// Webhook fulfillment against a local fixture server: the v1 webhook request, the merged answer, contextOut,
// followupEvent, a timeout and a failing webhook.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceAgentContent } from '../agent/replaceAgentContent.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
let fixture: Server;
const received: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];
/** What the fixture answers next: a JSON body, a delay, or an HTTP status. */
let nextAnswer: { body?: unknown; delayMs?: number; status?: number } = {};

beforeAll(async () => {
  fixture = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(text) as Record<string, unknown> });
      const { body = {}, delayMs = 0, status = 200 } = nextAnswer;
      setTimeout(() => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => fixture.listen(0, '127.0.0.1', resolve));
  const { port } = fixture.address() as AddressInfo;
  t = await startTestApp({ webhookTimeoutMs: 2000 });
  await t.services.agents.update(t.agentId, { webhook: { url: `http://127.0.0.1:${port}/hook`, headers: { 'x-secret': 's3' } } });
  await replaceAgentContent(t.services, t.agentId, {
    entities: [{ name: 'city', entries: [{ value: 'Paris', synonyms: ['Paris'] }] }],
    intents: [
      {
        name: 'weather',
        webhookUsed: true,
        templates: ['weather in @city:city'],
        responses: [{ action: 'weather', parameters: [{ name: 'city', value: '$city', dataType: '@city' }], speech: 'Let me check.' }],
      },
      { name: 'thanks', events: [{ name: 'THANKS' }], responses: [{ action: 'thanks', speech: 'You are welcome.' }] },
    ],
  });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => fixture.close(resolve));
});

interface HookedBody {
  result: { speech: string; contexts: unknown[] } & Record<string, unknown>;
  status: { errorDetails?: string } & Record<string, unknown>;
}

async function ask(query: string, sessionId: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/query?v=20150910',
    headers: t.clientHeaders,
    payload: { query, sessionId, originalRequest: { source: 'test', data: { user: 'u1' } } },
  });
  return { statusCode: response.statusCode, body: response.json<HookedBody>() };
}

describe('webhook fulfillment', () => {
  it('sends the v1 webhook request and merges speech, displayText, data and contextOut', async () => {
    nextAnswer = {
      body: {
        speech: 'Sunny in Paris.',
        displayText: 'Sunny ☀',
        data: { slack: { text: 'Sunny' } },
        source: 'weather-service',
        contextOut: [{ name: 'forecast', lifespan: 2, parameters: { city: 'Paris' } }],
      },
    };
    const { statusCode, body } = await ask('weather in Paris', 'hook-1');
    expect(statusCode).toBe(200);
    const sent = received.at(-1);
    expect(sent?.headers['x-secret']).toBe('s3');
    expect(sent?.body).toMatchObject({
      lang: 'en',
      sessionId: 'hook-1',
      status: { code: 200, errorType: 'success' },
      originalRequest: { source: 'test', data: { user: 'u1' } },
      result: { resolvedQuery: 'weather in Paris', action: 'weather', parameters: { city: 'Paris' }, metadata: { intentName: 'weather', webhookUsed: 'true' } },
    });
    expect(body.result).toMatchObject({
      speech: 'Sunny in Paris.',
      fulfillment: {
        speech: 'Sunny in Paris.',
        displayText: 'Sunny ☀',
        data: { slack: { text: 'Sunny' } },
        source: 'weather-service',
        messages: [{ type: 0, speech: 'Sunny in Paris.' }],
      },
      metadata: { webhookUsed: 'true', webhookForSlotFillingUsed: 'false' },
    });
    expect(body.result.contexts).toEqual([{ name: 'forecast', lifespan: 2, parameters: { city: 'Paris' } }]);
    expect(body.status).toEqual({ code: 200, errorType: 'success' });
  });

  it('answers a followupEvent with the intent of that event', async () => {
    nextAnswer = { body: { followupEvent: { name: 'THANKS', data: {} } } };
    const { body } = await ask('weather in Paris', 'hook-2');
    expect(body.result).toMatchObject({ action: 'thanks', speech: 'You are welcome.', metadata: { intentName: 'thanks' } });
  });

  it('keeps the agent answer and reports 206 partial_content when the webhook times out', async () => {
    nextAnswer = { body: { speech: 'too late' }, delayMs: 4000 };
    const { statusCode, body } = await ask('weather in Paris', 'hook-3');
    expect(statusCode).toBe(206);
    expect(body.status).toMatchObject({ code: 206, errorType: 'partial_content', webhookTimedOut: true });
    expect(body.result.speech).toBe('Let me check.');
  });

  it('reports a failing webhook the same way', async () => {
    nextAnswer = { status: 500, body: { error: 'boom' } };
    const { statusCode, body } = await ask('weather in Paris', 'hook-4');
    expect(statusCode).toBe(206);
    expect(body.status).toMatchObject({ code: 206, errorType: 'partial_content', webhookTimedOut: false });
    expect(body.status.errorDetails).toMatch(/^Webhook call failed\. Error: 500/);
  });
});
