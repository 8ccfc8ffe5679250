// NUL characters in session ids, context names, intent and entity names (issue 20) used to reach storage and fail
// with a 500; now every route refuses them with api.ai's 400 and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const refused = { status: { code: 400, errorType: 'bad_request' } };

describe('NUL characters', () => {
  it.each([
    ['POST', '/v1/query', 'body.sessionId', { query: 'hi', sessionId: 'a\u0000b', lang: 'en' }],
    ['POST', '/v1/query', 'body.contexts[0].name', { query: 'hi', sessionId: 's', contexts: [{ name: 'c\u0000' }] }],
    ['POST', '/v1/contexts?sessionId=s', 'body[0].parameters key', [{ name: 'basket', parameters: { 'k\u0000': 'v' } }]],
    ['POST', '/v1/contexts?sessionId=s%00', 'query.sessionId', [{ name: 'basket' }]],
    ['GET', '/v1/contexts/bas%00ket?sessionId=s', 'path.name', undefined],
    ['DELETE', '/v1/contexts?sessionId=%00', 'query.sessionId', undefined],
    ['POST', '/v1/userEntities?sessionId=s', 'body.entities[0].entries[0].value', { entities: [{ name: 'fruit', entries: [{ value: 'a\u0000', synonyms: ['a'] }] }] }],
  ] as const)('%s %s → 400 naming %s', async (method, url, where, payload) => {
    const answer = await t.app.inject({ method, url: `${url}${url.includes('?') ? '&' : '?'}v=20150910`, headers: t.clientHeaders, ...(payload === undefined ? {} : { payload }) });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ status: { ...refused.status, errorDetails: `Invalid request: ${where} contains a NUL character (U+0000)` } });
  });

  it('refuses intent and entity names with a NUL (developer routes, form bodies too) and stores nothing', async () => {
    const intent = await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: { name: 'in\u0000tent', templates: ['hello'] } });
    expect(intent.json()).toMatchObject(refused);
    const form = await t.app.inject({
      method: 'PUT',
      url: '/v1/entities',
      headers: { ...t.developerHeaders, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=fr%00uit&entries=[]',
    });
    expect(form.json()).toMatchObject(refused);
    const byName = await t.app.inject({ method: 'GET', url: '/v1/entities/fr%00uit', headers: t.developerHeaders });
    expect(byName.json()).toMatchObject(refused);
    const intents = await t.app.inject({ method: 'GET', url: '/v1/intents', headers: t.developerHeaders });
    expect(intents.json<{ name: string }[]>().map((listed) => listed.name)).not.toContain('in\u0000tent');
  });

  it('keeps accepting other control characters where they were accepted', async () => {
    const answer = await t.app.inject({ method: 'POST', url: '/v1/contexts?sessionId=tabs', headers: t.clientHeaders, payload: [{ name: 'basket', parameters: { note: 'a\tb\nc' } }] });
    expect(answer.statusCode).toBe(200);
  });
});
