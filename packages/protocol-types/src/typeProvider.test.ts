import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { schemas } from './schemas.js';
import type { AlmondInput, KalliopeRunByOrderRequest, KalliopeRunResponse } from './index.js';

// The apps use @fastify/type-provider-typebox 6: route handlers must see the static types of these schemas.
describe('with @fastify/type-provider-typebox', () => {
  it('types request bodies and replies from the schemas', async () => {
    const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
    app.post(
      '/synapses/start/order',
      { schema: { body: schemas['kalliope.RunByOrderRequest'], response: { 201: schemas['kalliope.RunResponse'] } } },
      async (request, reply) => {
        expectTypeOf(request.body).toEqualTypeOf<KalliopeRunByOrderRequest>();
        const answer: KalliopeRunResponse = { matched_synapses: [], status: null, user_order: request.body.order };
        return reply.code(201).send(answer);
      },
    );
    app.post('/converse', { schema: { body: schemas['almond.Input'] } }, async (request) => {
      expectTypeOf(request.body).toEqualTypeOf<AlmondInput>();
      return request.body.type === 'command' ? { text: request.body.text } : {};
    });

    const response = await app.inject({ method: 'POST', url: '/synapses/start/order', payload: { order: 'bonjour' } });
    expect([response.statusCode, response.json()]).toEqual([
      201,
      { matched_synapses: [], status: null, user_order: 'bonjour' },
    ]);
    await app.close();
  });
});
