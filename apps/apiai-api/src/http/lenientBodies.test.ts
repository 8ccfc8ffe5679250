import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { jsonDepthExceeds, maxJsonDepth } from './lenientBodies.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = { inner: value };
  return value;
};

describe('JSON depth limit', () => {
  it('measures nesting of objects and arrays', () => {
    expect(jsonDepthExceeds(nested(3), 3)).toBe(false);
    expect(jsonDepthExceeds(nested(4), 3)).toBe(true);
    expect(jsonDepthExceeds([[['x']]], 2)).toBe(true);
    expect(jsonDepthExceeds('text', 0)).toBe(false);
  });

  it('answers 400 in api.ai shape for context parameters nested 5,000 deep', async () => {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/v1/contexts?sessionId=deep',
      headers: { ...t.clientHeaders, 'content-type': 'application/json' },
      payload: `[{"name":"basket","lifespan":3,"parameters":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}]`,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request' } });
  });

  it('accepts bodies within the limit', async () => {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/v1/contexts?sessionId=shallow',
      headers: t.clientHeaders,
      payload: [{ name: 'basket', lifespan: 3, parameters: { deep: nested(maxJsonDepth - 4) } }],
    });
    expect(answer.statusCode).toBe(200);
  });
});
