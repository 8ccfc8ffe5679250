// The browser flow of issue 9 in Debian's chromium driven by playwright-core: log in through the login page,
// register a client on the developer page, grant it through the consent page (its redirect reaches a local
// listener; the code is exchanged for a token), chat until a result shows, then revoke the client from My Almond
// and watch its token stop working.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTES_KIND, notesPlugin } from '../testing/notesPlugin.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const haveChromium = existsSync(CHROMIUM);
/** The conversation answers within seconds even on a loaded machine. */
const WAIT = { timeout: 20_000 };
if (!haveChromium) console.warn(`browser flow skipped: ${CHROMIUM} not found (apt-get install chromium; .ci/run installs it)`);

function portOf(server: { address(): unknown }): number {
  const address = server.address();
  return typeof address === 'object' && address !== null && 'port' in address ? Number(address.port) : 0;
}

/** The OAuth client's redirect target: remembers the query of every callback (not the browser's favicon request). */
async function startCallbackListener(): Promise<{ server: Server; uri: string; calls: URLSearchParams[] }> {
  const calls: URLSearchParams[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/callback') calls.push(url.searchParams);
    response.writeHead(200, { 'content-type': 'text/plain' }).end('authorized');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, uri: `http://127.0.0.1:${portOf(server)}/callback`, calls };
}

describe.skipIf(!haveChromium)('web UI in chromium', () => {
  let test: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let callback: Awaited<ReturnType<typeof startCallbackListener>>;
  let client: { id: string; secret: string };
  let accessToken: string;
  const notes = notesPlugin();

  beforeAll(async () => {
    test = await startTestApp({ plugins: [notes] });
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${portOf(test.app.server)}`;
    const user = await test.services.users.create({ username: 'gina', password: 'gina-password', email: 'gina@example.com' });
    for (const title of ['home', 'work']) await test.services.devices.add(user.id, NOTES_KIND, { title });
    callback = await startCallbackListener();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    callback?.server.close();
    await test?.close();
  });

  const profile = () => fetch(`${base}/me/api/profile`, { headers: { authorization: `Bearer ${accessToken}` } });

  it('logs in through the login page and lands on the chat', async () => {
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/user/login');
    await page.getByLabel('Username').fill('gina');
    await page.getByLabel('Password').fill('gina-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/`);
    await expect.poll(() => page.locator('#status').getAttribute('data-state'), WAIT).toBe('connected');
    await expect.poll(() => page.locator('.message.from-almond').count(), WAIT).toBeGreaterThan(0);
  });

  it('chats: a ThingTalk command gives a result', async () => {
    const before = await page.locator('.message.from-almond').count();
    await page.locator('#input').fill('\\t now => @org.thingpedia.builtin.thingengine.builtin.get_date() => notify;');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('.message.from-user').last().textContent(), WAIT).toContain('get_date()');
    await expect.poll(() => page.locator('.message.from-almond').last().textContent(), WAIT).toMatch(/^Today is \w+day, \w+ \d+, \d{4}\.$/);
    expect(await page.locator('.message.from-almond').count()).toBe(before + 2);
    const screenshot = join(tmpdir(), 'almond-chat.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`chat screenshot: ${screenshot}`);
  });

  it('chats: everyday commands are understood and acted on; an unsure one offers "Did you mean …?" choices', async () => {
    const almond = page.locator('.message.from-almond');
    const say = async (text: string): Promise<void> => {
      await page.locator('#input').fill(text);
      await page.locator('#input').press('Enter');
      await expect.poll(() => page.locator('.message.from-user').last().textContent(), WAIT).toBe(text);
    };
    await say('what is the date today');
    await expect.poll(() => almond.last().textContent(), WAIT).toMatch(/^Today is \w+day, \w+ \d+, \d{4}\.$/);
    await say('pick a random number between 1 and 10');
    await expect.poll(() => almond.last().textContent(), WAIT).toMatch(/^([1-9]|10)$/);
    await say('every day at 9am say good morning');
    await expect.poll(() => almond.last().textContent(), WAIT).toBe("Okay, I'm going to send me a message “good morning” every day at 9:00 AM.");
    await say('xkcd what if');
    await expect.poll(() => page.locator('.message.choice').count(), WAIT).toBeGreaterThan(1);
    expect(await page.locator('#hints').getAttribute('data-ask')).toBe('choice');
    const choice = page.locator('.message.choice button', { hasText: 'What If' }).first();
    expect(await choice.textContent()).toBe("get Xkcd's What If blog posts and then notify you");
    await choice.click();
    await expect.poll(() => page.locator('.message.choice').count(), WAIT).toBe(0);
    await expect.poll(() => page.locator('#hints').getAttribute('data-ask'), WAIT).toBe('');
  });

  it('chats: choices are hidden once answered, the input follows askSpecial, yes/no hints answer', async () => {
    const almond = page.locator('.message.from-almond');
    await page.locator('#input').fill('write a note');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('.message.choice').count(), WAIT).toBe(2);
    expect(await page.locator('#hints').getAttribute('data-ask')).toBe('choice');
    const screenshot = join(tmpdir(), 'almond-choice.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`choice screenshot: ${screenshot}`);
    const second = (await page.locator('.message.choice button').nth(1).textContent()) ?? '';
    await page.locator('.message.choice button').nth(1).click();
    await expect.poll(() => almond.last().textContent(), WAIT).toBe('What should the note say?');
    expect(await page.locator('.message.choice').count()).toBe(0);
    expect(await page.locator('.message.from-user').last().textContent()).toBe(second);
    expect(await page.locator('#hints').getAttribute('data-ask')).toBe('raw_string');
    expect(await page.locator('#input').getAttribute('placeholder')).toBe('Type your answer');

    await page.locator('#input').fill('buy milk');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('#hints').getAttribute('data-ask'), WAIT).toBe('yesno');
    expect(await almond.last().textContent()).toMatch(/Is that right\?$/);
    await page.locator('#hints').getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => almond.last().textContent(), WAIT).toBe('Consider it done.');
    expect(notes.written).toEqual([{ device: expect.stringContaining(NOTES_KIND) as unknown, text: 'buy milk' }]);
    expect(await page.locator('#hints button').count()).toBe(0);
  });

  it('chats: a button sends its parsed command', async () => {
    await page.locator('#input').fill('help');
    await page.locator('#input').press('Enter');
    const media = page.locator('.message.button button', { hasText: 'Media' }).last();
    await expect.poll(() => media.count(), WAIT).toBe(1);
    const before = await page.locator('.message.from-almond').count();
    await media.click();
    await expect.poll(() => page.locator('.message.from-user').last().textContent(), WAIT).toBe(await media.textContent());
    await expect.poll(() => page.locator('.message.from-almond').count(), WAIT).toBeGreaterThan(before);
  });

  it('registers a confidential client on the developer page', async () => {
    await page.goto(`${base}/developers/oauth`);
    await page.getByLabel('Name').fill('Gina’s dashboard');
    await page.getByLabel('Redirect URIs').fill(callback.uri);
    await page.getByRole('button', { name: 'Register application' }).click();
    client = { id: (await page.locator('#client-id').textContent()) ?? '', secret: (await page.locator('#client-secret').textContent()) ?? '' };
    expect(client.id).toMatch(/^[0-9a-f]{24}$/);
    expect(client.secret.length).toBeGreaterThan(20);
    const screenshot = join(tmpdir(), 'almond-developers.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`developer page screenshot: ${screenshot}`);
  });

  it('grants the client through the consent page; the code becomes a working token', async () => {
    const query = new URLSearchParams({ response_type: 'code', client_id: client.id, redirect_uri: callback.uri, scope: 'profile user-exec-command', state: 'abc' });
    await page.goto(`${base}/me/api/oauth2/authorize?${query.toString()}`);
    await expect.poll(() => page.locator('h1').textContent(), WAIT).toContain('Gina’s dashboard');
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL((url) => url.toString().startsWith(callback.uri));
    const granted = callback.calls.at(-1);
    expect(granted?.get('state')).toBe('abc');
    const token = await fetch(`${base}/me/api/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: granted?.get('code') ?? '', redirect_uri: callback.uri }).toString(),
    });
    expect(token.status).toBe(200);
    accessToken = String(((await token.json()) as Record<string, unknown>).access_token);
    expect(((await (await profile()).json()) as Record<string, unknown>).username).toBe('gina');
  });

  it('revokes the client from My Almond; its token stops working at once', async () => {
    await page.goto(`${base}/apps`);
    const card = page.locator(`[data-client-id="${client.id}"]`);
    await expect.poll(() => card.count(), WAIT).toBe(1);
    const screenshot = join(tmpdir(), 'almond-my-almond.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`My Almond screenshot: ${screenshot}`);
    await card.getByRole('button', { name: 'Revoke access' }).click();
    await page.waitForURL(`${base}/apps`);
    await expect.poll(() => card.count(), WAIT).toBe(0);
    expect((await profile()).status).toBe(401);
  });
});
