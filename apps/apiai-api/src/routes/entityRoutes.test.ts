import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const appliances = {
  name: 'Appliances',
  entries: [
    { value: 'Coffee Maker', synonyms: ['coffee maker', 'coffee machine', 'coffee'] },
    { value: 'Thermostat', synonyms: ['Thermostat', 'heat', 'air conditioning'] },
  ],
};

describe('/v1/entities', () => {
  it('creates, lists with preview, gets by id and name', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/v1/entities', headers: t.developerHeaders, payload: appliances });
    expect(created.statusCode).toBe(200);
    const body = created.json<{ id: string; status: unknown }>();
    expect(body.status).toEqual({ code: 200, errorType: 'success' });

    const list = await t.app.inject({ method: 'GET', url: '/v1/entities', headers: t.developerHeaders });
    expect(list.json()).toEqual([
      { id: body.id, name: 'Appliances', count: 6, preview: 'Coffee Maker <= (coffee maker, coffee machine, coffee), ...' },
    ]);
    const byId = await t.app.inject({ method: 'GET', url: `/v1/entities/${body.id}`, headers: t.developerHeaders });
    expect(byId.json()).toMatchObject({ id: body.id, name: 'Appliances', entries: appliances.entries });
    const byName = await t.app.inject({ method: 'GET', url: '/v1/entities/Appliances', headers: t.developerHeaders });
    expect(byName.json()).toMatchObject({ id: body.id });
  });

  it('rejects a duplicate name with 409 and an illegal name with 400', async () => {
    const duplicate = await t.app.inject({ method: 'POST', url: '/v1/entities', headers: t.developerHeaders, payload: appliances });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ status: { code: 409, errorType: 'conflict' } });
    const illegal = await t.app.inject({ method: 'POST', url: '/v1/entities', headers: t.developerHeaders, payload: { name: 'a b', entries: [] } });
    expect(illegal.statusCode).toBe(400);
    expect(illegal.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request' } });
  });

  it('updates, manages entries and deletes', async () => {
    const { id } = (await t.app.inject({ method: 'POST', url: '/v1/entities', headers: t.developerHeaders, payload: { name: 'Utilities', entries: [{ value: 'Gas', synonyms: ['gas'] }] } })).json<{ id: string }>();
    const put = await t.app.inject({ method: 'PUT', url: `/v1/entities/${id}`, headers: t.developerHeaders, payload: { id, name: 'UtilityTypes', entries: [{ value: 'Water', synonyms: ['water'] }] } });
    expect(put.statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: `/v1/entities/${id}/entries`, headers: t.developerHeaders, payload: [{ value: 'Electricity', synonyms: ['electricity', 'electrical'] }] });
    await t.app.inject({ method: 'PUT', url: `/v1/entities/${id}/entries`, headers: t.developerHeaders, payload: [{ value: 'Water', synonyms: ['water', 'H2O'] }] });
    await t.app.inject({ method: 'DELETE', url: `/v1/entities/${id}/entries`, headers: t.developerHeaders, payload: ['Electricity'] });
    const entity = (await t.app.inject({ method: 'GET', url: `/v1/entities/${id}`, headers: t.developerHeaders })).json<{ name: string; entries: unknown }>();
    expect(entity.name).toBe('UtilityTypes');
    expect(entity.entries).toEqual([{ value: 'Water', synonyms: ['water', 'H2O'] }]);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/v1/entities/${id}`, headers: t.developerHeaders });
    expect(deleted.json()).toEqual({ status: { code: 200, errorType: 'success' } });
    const gone = await t.app.inject({ method: 'GET', url: `/v1/entities/${id}`, headers: t.developerHeaders });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ status: { code: 404, errorType: 'not_found' } });
  });

  it('refuses to delete an entity an intent uses (409)', async () => {
    const { id } = (await t.app.inject({ method: 'POST', url: '/v1/entities', headers: t.developerHeaders, payload: { name: 'city', entries: [{ value: 'Washington, DC', synonyms: ['Washington', 'DC'] }] } })).json<{ id: string }>();
    await t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: { name: 'weather', templates: ['Forecast for @city:location'] } });
    const refused = await t.app.inject({ method: 'DELETE', url: `/v1/entities/${id}`, headers: t.developerHeaders });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ status: { code: 409, errorType: 'conflict', errorDetails: "Entity 'city' is used in intent 'weather'" } });
  });

  it('refuses the client token (401) and a missing token', async () => {
    const client = await t.app.inject({ method: 'GET', url: '/v1/entities', headers: t.clientHeaders });
    expect(client.statusCode).toBe(401);
    expect(client.json()).toMatchObject({ status: { code: 401, errorType: 'unauthorized' } });
    const none = await t.app.inject({ method: 'GET', url: '/v1/entities' });
    expect(none.statusCode).toBe(401);
  });
});
