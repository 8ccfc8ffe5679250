import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { refusedParameter, requestValidationAjv } from './requestValidation.js';

describe('requestValidationAjv', () => {
  it('validates bodies as they are: no coercion, no removed properties', async () => {
    const app = Fastify({ ajv: requestValidationAjv });
    const body = { type: 'object', properties: { n: { type: 'number' } }, required: ['n'], additionalProperties: false };
    app.post('/', { schema: { body } }, async (request) => request.body);
    const coerced = await app.inject({ method: 'POST', url: '/', payload: { n: '5' } });
    const extra = await app.inject({ method: 'POST', url: '/', payload: { n: 5, x: 1 } });
    const valid = await app.inject({ method: 'POST', url: '/', payload: { n: 5 } });
    expect([coerced.statusCode, extra.statusCode, valid.statusCode]).toEqual([400, 400, 200]);
    expect(valid.json()).toEqual({ n: 5 });
    await app.close();
  });
});

describe('refusedParameter', () => {
  const refusal = (instancePath: string, params: Record<string, unknown> = {}) => [{ keyword: 'x', instancePath, schemaPath: '#', params }];
  it('names the missing property, else the top-level property of the wrong value, else nothing', () => {
    expect(refusedParameter(refusal('', { missingProperty: 'order' }))).toBe('order');
    expect(refusedParameter(refusal('/locations/home'))).toBe('locations');
    expect(refusedParameter(refusal(''))).toBeUndefined();
    expect(refusedParameter([])).toBeUndefined();
  });
});
