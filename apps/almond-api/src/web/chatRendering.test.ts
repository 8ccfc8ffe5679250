// The chat script against a scripted conversation socket (playwright's WebSocket routing): every message type of
// docs/protocols/almond.md rendered, unsafe URLs dropped, the frames that choices, buttons and the input send, and reconnection.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const WAIT = { timeout: 20_000 };
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const BUTTON_JSON = { code: ['bookkeeping', 'special', 'special:help'], entities: {} };

const ROUND = [
  { type: 'text', text: 'Hello <b>there</b>', icon: 'org.thingpedia.builtin.thingengine.builtin' },
  { type: 'picture', url: PIXEL, icon: null },
  { type: 'rdl', rdl: { type: 'rdl', webCallback: 'https://example.com/story', displayTitle: 'A story', displayText: 'Read it' }, icon: null },
  { type: 'rdl', rdl: { type: 'rdl', webCallback: 'javascript:alert(1)', displayTitle: 'Evil' }, icon: null },
  { type: 'result', result: { type: 'picture', url: PIXEL }, fallback: 'a picture', icon: null },
  { type: 'result', result: { type: 'map', lat: 1, lon: 2 }, fallback: 'A map at 1, 2', icon: null },
  { type: 'link', title: 'Configure Notes', link: '/devices/configure/org.example.notes?name=Notes', url: '/devices/configure/org.example.notes?name=Notes' },
  { type: 'link', title: 'Evil link', link: 'javascript:alert(1)', url: 'javascript:alert(1)' },
  { type: 'error', error: 'boom' },
  { type: 'button', title: 'Show help', json: BUTTON_JSON },
  { type: 'choice', idx: 0, title: 'First' },
  { type: 'choice', idx: 7, title: 'Second', text: 'the other one' },
  { type: 'askSpecial', ask: 'choice' },
];

describe.skipIf(!existsSync(CHROMIUM))('chat script in chromium', () => {
  let test: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const connections: WebSocketRoute[] = [];
  const frames: unknown[] = [];
  const requested: string[] = [];
  /** What the scripted server does with each new connection, in order; afterwards it answers with askSpecial. */
  const script: Array<(socket: WebSocketRoute) => void> = [(socket) => ROUND.forEach((message) => socket.send(JSON.stringify(message)))];

  beforeAll(async () => {
    test = await startTestApp();
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    const address = test.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const cookie = await createUserAndLogin(test.app, test.services, 'hana');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: base }]);
    page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    await page.routeWebSocket(/\/me\/ws\/conversation/, (socket) => {
      connections.push(socket);
      socket.onMessage((message) => frames.push(JSON.parse(String(message))));
      const next = script.shift() ?? ((route: WebSocketRoute) => route.send(JSON.stringify({ type: 'askSpecial', ask: null })));
      next(socket);
    });
    await page.goto(`${base}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await test?.close();
  });

  const ofType = (type: string) => page.locator(`.message[data-type="${type}"]`);

  it('renders every message type as text, never as markup, and drops unsafe URLs', async () => {
    await expect.poll(() => ofType('choice').count(), WAIT).toBe(2);
    expect(await ofType('text').textContent()).toBe('Hello <b>there</b>');
    expect(requested).toContain(`${base}/icons/org.thingpedia.builtin.thingengine.builtin.png`);
    expect(await ofType('picture').locator('img').getAttribute('src')).toBe(PIXEL);
    expect(await ofType('rdl').nth(0).locator('a').getAttribute('href')).toBe('https://example.com/story');
    expect(await ofType('rdl').nth(0).textContent()).toBe('A storyRead it');
    expect(await ofType('rdl').nth(1).locator('a').count()).toBe(0);
    expect(await ofType('result').nth(0).locator('img').getAttribute('src')).toBe(PIXEL);
    expect(await ofType('result').nth(1).textContent()).toBe('A map at 1, 2');
    expect(await ofType('link').count()).toBe(1);
    expect(await ofType('link').locator('a').getAttribute('href')).toBe('/devices/configure/org.example.notes?name=Notes');
    expect(await ofType('error').textContent()).toBe('Error: boom');
    expect(await ofType('button').textContent()).toBe('Show help');
    expect(await ofType('choice').nth(1).locator('button').getAttribute('title')).toBe('the other one');
    expect(await page.locator('#hints').getAttribute('data-ask')).toBe('choice');
    const screenshot = join(tmpdir(), 'almond-rendering.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`rendering screenshot: ${screenshot}`);
  });

  it('sends a choice as bookkeeping choice N and hides the answered choices', async () => {
    await ofType('choice').nth(1).locator('button').click();
    await expect.poll(() => frames.at(-1), WAIT).toEqual({ type: 'parsed', json: { code: ['bookkeeping', 'choice', '7'], entities: {} }, title: 'Second' });
    expect(await ofType('choice').count()).toBe(0);
    expect(await page.locator('.message.from-user').last().textContent()).toBe('Second');
  });

  it('sends a button as its parsed command', async () => {
    await ofType('button').locator('button').click();
    await expect.poll(() => frames.at(-1), WAIT).toEqual({ type: 'parsed', json: BUTTON_JSON, title: 'Show help' });
  });

  it('sends text as a command, \\t as ThingTalk, \\r as a parsed command, and hides a password', async () => {
    const send = async (text: string) => {
      await page.locator('#input').fill(text);
      await page.locator('#input').press('Enter');
    };
    await send('what time is it');
    await expect.poll(() => frames.at(-1), WAIT).toEqual({ type: 'command', text: 'what time is it' });
    await send('\\t now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;');
    await expect.poll(() => frames.at(-1), WAIT).toEqual({ type: 'tt', code: 'now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;' });
    await send('\\r bookkeeping special special:nevermind');
    await expect.poll(() => frames.at(-1), WAIT).toEqual({ type: 'parsed', json: { code: ['bookkeeping', 'special', 'special:nevermind'], entities: {} } });
    connections.at(-1)?.send(JSON.stringify({ type: 'askSpecial', ask: 'password' }));
    await expect.poll(() => page.locator('#input').getAttribute('type'), WAIT).toBe('password');
    await send('hunter22');
    await expect.poll(() => frames.at(-1), WAIT).toEqual({ type: 'command', text: 'hunter22' });
    expect(await page.locator('.message.from-user').last().textContent()).toBe('••••••');
  });

  it('reconnects with a growing delay, without the welcome, and resets once the agent answers', async () => {
    script.push((socket) => void socket.close(), (socket) => void socket.close());
    await connections.at(-1)?.close();
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toBe('Disconnected. Reconnecting in 1 s…');
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toBe('Disconnected. Reconnecting in 2 s…');
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toBe('Disconnected. Reconnecting in 4 s…');
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toBe('Connected');
    expect(connections).toHaveLength(4);
    expect(connections.slice(1).every((socket) => socket.url().endsWith('/me/ws/conversation?hide_welcome=1'))).toBe(true);
    await connections.at(-1)?.close();
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toBe('Disconnected. Reconnecting in 1 s…');
    await expect.poll(() => connections.length, WAIT).toBe(5);
  });
});
