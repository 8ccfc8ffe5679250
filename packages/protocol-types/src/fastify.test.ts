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
    for (const [name, schema] of Object.entries(schemas)) {
      // Answers with the example named by ?example=<index>, serialized through the response schema.
      app.post<{ Querystring: { example: string } }>(
        `/${name}`,
        { schema: { body: schema, response: { 200: schema } } },
        async (request) => examples[Number(request.query.example)]?.value,
      );
    }
    await app.ready();
  }, 60_000);

  afterAll(() => app.close());

  it.each(examples.map((example, index) => [example.source, index] as const))('%s', async (_source, index) => {
    const example = examples[index];
    const response = await app.inject({
      method: 'POST',
      url: `/${example?.schema}?example=${index}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(example?.value),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(example?.value);
  });

  it('resolves the registered schemas by $id', async () => {
    const shared = Fastify();
    for (const schema of Object.values(schemas)) shared.addSchema(schema);
    shared.post('/by-ref', { schema: { body: { $ref: 'almond.Input#' } } }, async () => ({}));
    const ok = await shared.inject({ method: 'POST', url: '/by-ref', payload: { type: 'command', text: 'hello' } });
    const bad = await shared.inject({ method: 'POST', url: '/by-ref', payload: { type: 'speech', text: 'hello' } });
    expect([ok.statusCode, bad.statusCode]).toEqual([200, 400]);
    await shared.close();
  });
});
