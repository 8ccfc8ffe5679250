import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceExamples, seedExamples } from './fixtures/index.js';
import { schemas } from './schemas.js';

// The apps hand these schemas to Fastify: Ajv validates requests, fast-json-stringify serializes responses.
// Every schema must compile in both, and serializing a valid example must not lose or change any field.
describe('Fastify compatibility', () => {
  // Fastify sends a handler's string result as text, so bare-string examples (AskValue, Neuron) are left out.
  const examples = [...seedExamples, ...referenceExamples].filter((example) => typeof example.value !== 'string');
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify();
    examples.forEach((example, index) => {
      const schema = schemas[example.schema];
      app.post(`/${index}`, { schema: { body: schema, response: { 200: schema } } }, async () => example.value);
    });
    for (const schema of Object.values(schemas)) app.addSchema(schema);
    app.post('/by-ref', { schema: { body: { $ref: 'almond.Input#' } } }, async () => ({}));
    await app.ready();
  });

  afterAll(() => app.close());

  it.each(examples.map((example, index) => [example.source, index] as const))('%s', async (_source, index) => {
    const example = examples[index];
    const response = await app.inject({
      method: 'POST',
      url: `/${index}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(example?.value),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(example?.value);
  });

  it('resolves the registered schemas by $id', async () => {
    const ok = await app.inject({ method: 'POST', url: '/by-ref', payload: { type: 'command', text: 'hello' } });
    const bad = await app.inject({ method: 'POST', url: '/by-ref', payload: { type: 'speech', text: 'hello' } });
    expect([ok.statusCode, bad.statusCode]).toEqual([200, 400]);
  });
});
