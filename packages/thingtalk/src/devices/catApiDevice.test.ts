import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatApiDevice } from './catApiDevice.js';
import { startFixtureServer, type FixtureServer } from './fixtureServer.js';

let server: FixtureServer;
const ctx = { signal: new AbortController().signal };
const cats = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: `cat${i}`, url: `https://cdn.example/cat${i}.jpg`, width: 10, height: 10 })));

beforeAll(async () => {
  server = await startFixtureServer({
    '/v1/images/search?limit=1&mime_types=jpg,png': { body: cats(1) },
    '/v1/images/search?limit=3&mime_types=jpg,png': { body: cats(3) },
  });
});
afterAll(() => server.close());

describe('com.thecatapi', () => {
  it('gets one cat by default', async () => {
    const device = createCatApiDevice({ baseUrl: server.url });
    expect(await device.query('get', {}, ctx)).toEqual([
      { count: 1, image_id: 'cat0', picture_url: 'https://cdn.example/cat0.jpg', link: 'https://cdn.example/cat0.jpg' },
    ]);
  });

  it('gets `count` cats', async () => {
    const device = createCatApiDevice({ baseUrl: `${server.url}/` });
    const rows = await device.query('get', { count: 3 }, ctx);
    expect(rows.map((row) => row['image_id'])).toEqual(['cat0', 'cat1', 'cat2']);
  });

  it('fails on a server error', async () => {
    const device = createCatApiDevice({ baseUrl: server.url });
    await expect(device.query('get', { count: 2 }, ctx)).rejects.toThrow('HTTP error 404');
  });

  it('has the reference name and description', () => {
    const device = createCatApiDevice();
    expect([device.uniqueId, device.name, device.description]).toEqual(['com.thecatapi', 'The Cat API', 'Where every day is Caturday!']);
  });
});
