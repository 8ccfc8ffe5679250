import { seed003Intent as seedIntent } from '@parley/protocol-types/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe('/v1/intents', () => {
  it('creates the seed intent and lists its summary', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: seedIntent });
    expect(created.statusCode).toBe(200);
    const { id } = created.json<{ id: string }>();
    expect(created.json()).toEqual({ id, status: { code: 200, errorType: 'success' } });
    const list = await t.app.inject({ method: 'GET', url: '/v1/intents', headers: t.developerHeaders });
    expect(list.json()).toEqual([
      expect.objectContaining({
        id,
        name: 'turn on/off @appliance',
        contextIn: [],
        contextOut: [{ name: 'house', lifespan: 5 }],
        actions: ['setAppliance'],
      }),
    ]);
  });

  it('serves the intent with templates, userSays and normalised parameters', async () => {
    const { id } = (await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: { ...seedIntent, name: 'second' } })).json<{ id: string }>();
    const intent = (await t.app.inject({ method: 'GET', url: `/v1/intents/${id}`, headers: t.developerHeaders })).json<Record<string, unknown>>();
    expect(intent).toMatchObject({
      id,
      name: 'second',
      templates: ['turn @onOff @appliance', 'set @appliance @onOff'],
      userSays: [
        expect.objectContaining({ data: [{ text: 'turn @onOff @appliance' }], isTemplate: true }),
        expect.objectContaining({ data: [{ text: 'set @appliance @onOff' }], isTemplate: true }),
      ],
      responses: [
        {
          action: 'setAppliance',
          affectedContexts: [{ name: 'house', lifespan: 5, parameters: {} }],
          parameters: [
            expect.objectContaining({ name: 'state', value: '$onOff', dataType: '@onOff' }),
            expect.objectContaining({ name: 'appliance', value: '$appliance', dataType: '@appliance' }),
          ],
        },
      ],
      priority: 500000,
    });
  });

  it('updates with the seed PUT body and deletes', async () => {
    const { id } = (await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: { ...seedIntent, name: 'third' } })).json<{ id: string }>();
    const put = await t.app.inject({
      method: 'PUT',
      url: `/v1/intents/${id}`,
      headers: t.developerHeaders,
      payload: { ...seedIntent, id, name: 'Set Appliance On or Off', templates: ['turn @onOff @appliance'] },
    });
    expect(put.statusCode).toBe(200);
    const intent = (await t.app.inject({ method: 'GET', url: `/v1/intents/${id}`, headers: t.developerHeaders })).json<{ name: string; templates: string[] }>();
    expect(intent.name).toBe('Set Appliance On or Off');
    expect(intent.templates).toEqual(['turn @onOff @appliance']);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/v1/intents/${id}`, headers: t.developerHeaders });
    expect(deleted.json()).toEqual({ status: { code: 200, errorType: 'success' } });
    const gone = await t.app.inject({ method: 'GET', url: `/v1/intents/${id}`, headers: t.developerHeaders });
    expect(gone.statusCode).toBe(404);
  });

  it('rejects an intent without a name and wrong types as 400', async () => {
    const nameless = await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: { templates: ['hi'] } });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json()).toMatchObject({ status: { errorType: 'bad_request', errorDetails: 'Intent name is missing' } });
    const wrong = await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: { name: 'x', responses: 7 } });
    expect(wrong.statusCode).toBe(400);
  });
  it('keeps every field of a stored message and refuses a message of no api.ai type', async () => {
    const message = { type: 0, speech: 'Done', lang: 'en', condition: '' };
    const intent = { name: 'messages', templates: ['do it'], responses: [{ messages: [message] }] };
    const { id } = (await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: intent })).json<{ id: string }>();
    const served = (await t.app.inject({ method: 'GET', url: `/v1/intents/${id}`, headers: t.developerHeaders })).json<{ responses: { messages: unknown[] }[] }>();
    expect(served.responses[0]?.messages).toEqual([message]);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/v1/intents',
      headers: t.developerHeaders,
      payload: { name: 'unknown type', templates: ['x'], responses: [{ messages: [{ type: 7, speech: 'x' }] }] },
    });
    expect([refused.statusCode, refused.json<{ status: { errorDetails: string } }>().status.errorDetails]).toEqual([
      400,
      'responses[0].messages[0] is not an api.ai response message',
    ]);
  });
});
