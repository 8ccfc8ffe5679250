import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTES_KIND, notesPlugin } from '../testing/notesPlugin.js';
import { createUserAndLogin, csrfOf } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let cookie: string;
let userId: string;

beforeAll(async () => {
  test = await startTestApp({ plugins: [notesPlugin()] });
  cookie = await createUserAndLogin(test.app, test.services, 'dora');
  userId = (await test.services.users.authenticate('dora', 'dora-password'))!.id;
});
afterAll(async () => test.close());

const get = (url: string, withCookie = true) => test.app.inject({ method: 'GET', url, headers: withCookie ? { cookie } : {} });
const post = (url: string, fields: Record<string, string>) =>
  test.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });

describe('device set-up pages', () => {
  it('list the kinds a user can add, after a login', async () => {
    expect((await get('/devices/create', false)).headers.location).toBe('/user/login?next=%2Fdevices%2Fcreate');
    const page = await get('/devices/create');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`data-kind="${NOTES_KIND}"`);
    expect(page.body).toContain('data-kind="com.xkcd"');
    expect(page.body).not.toContain('data-kind="org.thingpedia.builtin.test"');
  });

  it('configure a form device from its fields, with the CSRF token', async () => {
    const form = await get(`/devices/configure/${NOTES_KIND}?name=Notes`);
    expect(form.body).toContain('name="title"');
    const csrf = csrfOf(form.body);
    expect((await post(`/devices/configure/${NOTES_KIND}`, { title: 'home' })).statusCode).toBe(403);
    expect((await post(`/devices/configure/${NOTES_KIND}`, { _csrf: csrf })).statusCode).toBe(400);
    const added = await post(`/devices/configure/${NOTES_KIND}`, { _csrf: csrf, title: 'home' });
    expect(added.statusCode).toBe(303);
    const mine = await test.services.devices.list(userId);
    expect(mine.find((device) => device.kind === NOTES_KIND)?.config).toEqual({ title: 'home' });
  });

  it('add set-up-free kinds at once and refuse unknown ones', async () => {
    const csrf = csrfOf((await get('/devices/create')).body);
    expect((await post('/devices/configure/com.xkcd', { _csrf: csrf })).statusCode).toBe(303);
    expect((await test.services.devices.list(userId)).map((device) => device.kind)).toContain('com.xkcd');
    expect((await get('/devices/configure/com.nope')).statusCode).toBe(404);
    expect((await post('/devices/configure/org.thingpedia.builtin.test', { _csrf: csrf })).statusCode).toBe(404);
  });
});
