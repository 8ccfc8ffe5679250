// Issue 20 item 5: agent import unzipped without a limit (1 MB → 1 GB). A generated bomb of valid JSON (an intent
// padded with whitespace, which compresses ~1,000 times) is refused with api.ai's 400 once the operator's unpacked
// limit is passed, and the agent keeps its content; one within the limits imports.
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { zipBomb } from '../testing/zipBomb.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ unzipLimits: { maxUnpackedBytes: 2 * 1024 * 1024, maxEntries: 20 } });
});
afterAll(async () => t.close());

/** `intents/bomb.json`: a valid intent followed by `megabytes` MiB of spaces. */
const jsonBomb = (megabytes: number) => zipBomb('intents/bomb.json', megabytes, { fill: 0x20, prefix: '{"name":"bomb","templates":["boom"]', suffix: '}' });

const importZip = (zip: Uint8Array) =>
  t.app.inject({ method: 'POST', url: '/v1/agent/import', headers: { ...t.developerHeaders, 'content-type': 'application/zip' }, payload: Buffer.from(zip) });
const intentNames = async () => (await t.app.inject({ method: 'GET', url: '/v1/intents', headers: t.developerHeaders })).json<{ name: string }[]>().map((intent) => intent.name);

describe('agent zip limits', () => {
  it('refuses a zip bomb past the unpacked limit in api.ai\'s shape and keeps the agent', async () => {
    expect((await importZip(zipSync({ 'intents/kept.json': strToU8('{"name":"kept","templates":["hello"]}') }))).statusCode).toBe(200);
    const bomb = jsonBomb(64);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const answer = await importZip(bomb);
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request', errorDetails: 'The agent zip unpacks to more than 2097152 bytes' } });
    expect(await intentNames()).toEqual(['kept']);
  });

  it('refuses a zip with more entries than allowed', async () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 21 }, (_, index) => [`entities/e${index}.json`, strToU8(`{"name":"e${index}","entries":[]}`)])));
    expect((await importZip(many)).json()).toMatchObject({ status: { code: 400, errorDetails: 'The agent zip has more than 20 entries' } });
    expect(await intentNames()).toEqual(['kept']);
  });

  it('imports the same padded intent within the limits', async () => {
    expect((await importZip(jsonBomb(1))).statusCode).toBe(200);
    expect(await intentNames()).toEqual(['bomb']);
  });
});
