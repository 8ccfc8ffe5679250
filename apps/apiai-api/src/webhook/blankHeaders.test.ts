// Issue 22 item 1: api.ai console exports often have a blank header row in agent.json's webhook
// (`"headers": {"": "", "Content-Type": "application/json"}`); every webhook intent then answered 206 "Headers.append:
// "" is an invalid header name". Blank rows are skipped when calling and kept on export as they came.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
let fixture: Server;
let port = 0;
const received: IncomingMessage['headers'][] = [];

beforeAll(async () => {
  fixture = createServer((request, response) => {
    received.push(request.headers);
    request.resume().on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ speech: 'Booked from the webhook.' }));
    });
  });
  await new Promise<void>((resolve) => fixture.listen(0, '127.0.0.1', resolve));
  port = (fixture.address() as AddressInfo).port;
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => fixture.close(resolve));
});

/** A console-style export written for this test: a booking intent using the webhook, headers with a blank row. */
function bookingAgent(): Uint8Array {
  const agent = {
    language: 'en',
    webhook: { url: `http://127.0.0.1:${port}/hook`, available: true, headers: { '': '', 'Content-Type': 'application/json', 'X-Booking-Key': 'k1' } },
  };
  const intent = {
    name: 'book table',
    webhookUsed: true,
    responses: [{ action: 'book', messages: [{ type: 0, speech: 'Booking without the webhook.' }] }],
  };
  const usersays = [{ data: [{ text: 'book a table' }], isTemplate: false }];
  return zipSync({
    'agent.json': strToU8(JSON.stringify(agent)),
    'intents/book table.json': strToU8(JSON.stringify(intent)),
    'intents/book table_usersays_en.json': strToU8(JSON.stringify(usersays)),
  });
}

describe('webhook headers with a blank row', () => {
  it('calls the webhook without the blank row and keeps the row on export', async () => {
    const imported = await t.app.inject({ method: 'POST', url: '/v1/agent/import', headers: { ...t.developerHeaders, 'content-type': 'application/zip' }, payload: Buffer.from(bookingAgent()) });
    expect(imported.statusCode).toBe(200);
    const answer = await t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { query: 'book a table', sessionId: 'blank-headers', lang: 'en' } });
    expect(answer.json()).toMatchObject({ status: { code: 200 }, result: { action: 'book', fulfillment: { speech: 'Booked from the webhook.' }, metadata: { webhookUsed: 'true' } } });
    expect(received.at(-1)?.['x-booking-key']).toBe('k1');
    const exported = await t.app.inject({ method: 'GET', url: '/v1/agent/export', headers: t.developerHeaders });
    const agentJson = JSON.parse(strFromU8(unzipSync(new Uint8Array(exported.rawPayload))['agent.json'] ?? new Uint8Array())) as { webhook: { headers: Record<string, string> } };
    expect(agentJson.webhook.headers).toEqual({ '': '', 'Content-Type': 'application/json', 'X-Booking-Key': 'k1' });
  });
});
