import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.js';
import { createXkcdDevice } from './xkcdDevice.js';

const comic = (num: number, title: string) =>
  JSON.stringify({ num, title, safe_title: title, img: `https://imgs.example/${num}.png`, alt: `alt ${num}` });

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>What If?</title>
<entry><title>Toaster &amp; Bread</title><link href="https://what-if.example/160/"/><updated>2024-05-01T00:00:00Z</updated></entry>
<entry><title><![CDATA[Pizza <b>Tower</b>]]></title><link rel="alternate" href="https://what-if.example/159/"/><updated>2024-04-01T00:00:00Z</updated></entry>
</feed>`;

let server: FixtureServer;
const ctx = { signal: new AbortController().signal };

beforeAll(async () => {
  server = await startFixtureServer({
    '/info.0.json': { body: comic(3000, 'Latest') },
    '/42/info.0.json': { body: comic(42, 'Geico') },
    '/1500/info.0.json': { body: comic(1500, 'Middle') },
    '/feed.atom': { body: FEED, contentType: 'application/atom+xml' },
  });
});
afterAll(() => server.close());

describe('com.xkcd', () => {
  it('gets the latest comic when no number is given', async () => {
    const device = createXkcdDevice({ baseUrl: server.url });
    expect(await device.query('get_comic', {}, ctx)).toEqual([
      {
        number: 3000,
        title: 'Latest',
        picture_url: 'https://imgs.example/3000.png',
        link: `${server.url}/3000/`,
        alt_text: 'alt 3000',
      },
    ]);
  });

  it('gets a comic by number', async () => {
    const device = createXkcdDevice({ baseUrl: server.url });
    const [row] = await device.query('get_comic', { number: 42 }, ctx);
    expect(row).toMatchObject({ number: 42, title: 'Geico' });
  });

  it('picks a random comic with the injected randomness', async () => {
    const device = createXkcdDevice({ baseUrl: server.url, random: () => 0.4998 });
    const [row] = await device.query('random_comic', {}, ctx);
    expect(row).toMatchObject({ number: 1500, title: 'Middle' });
  });

  it('reads What If posts from the Atom feed', async () => {
    const device = createXkcdDevice({ baseUrl: server.url, whatIfUrl: server.url });
    expect(await device.query('what_if', {}, ctx)).toEqual([
      { title: 'Toaster & Bread', link: 'https://what-if.example/160/', updated_time: new Date('2024-05-01T00:00:00Z') },
      { title: 'Pizza <b>Tower</b>', link: 'https://what-if.example/159/', updated_time: new Date('2024-04-01T00:00:00Z') },
    ]);
  });

  it('reports HTTP errors and unknown functions', async () => {
    const device = createXkcdDevice({ baseUrl: server.url });
    await expect(device.query('get_comic', { number: 7 }, ctx)).rejects.toThrow(/HTTP error 404/);
    await expect(device.query('nope', {}, ctx)).rejects.toThrow('Device com.xkcd has no query nope');
  });

  it('uses the real site by default', () => {
    expect(createXkcdDevice().kind).toBe('com.xkcd');
  });

  it('stops when the signal aborts', async () => {
    const device = createXkcdDevice({ baseUrl: server.url });
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(device.query('get_comic', {}, { signal: controller.signal })).rejects.toThrow('stopped');
  });
});
