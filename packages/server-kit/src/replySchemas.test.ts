import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { replySchemas } from './replySchemas.js';

const answer = { type: 'object', properties: { name: { type: 'string' } } } as const;
const failure = { type: 'object', properties: { error: { type: 'string' } } } as const;

describe('replySchemas', () => {
  it('serialises answers and failures through their schemas, and leaves text bodies alone', async () => {
    const app = Fastify();
    const schema = { response: replySchemas({ 200: answer }, failure) };
    app.get('/ok', { schema }, async () => ({ name: 'x', secret: 'dropped' }));
    app.get('/bad', { schema }, async (_request, reply) => reply.code(404).send({ error: 'nope', stack: 'dropped' }));
    app.get('/page', { schema }, async (_request, reply) => reply.code(400).type('text/html').send('<p>bad</p>'));
    const [ok, bad, page] = await Promise.all(['/ok', '/bad', '/page'].map((url) => app.inject({ url })));
    expect([ok?.statusCode, ok?.json()]).toEqual([200, { name: 'x' }]);
    expect([bad?.statusCode, bad?.json()]).toEqual([404, { error: 'nope' }]);
    expect([page?.statusCode, page?.body]).toEqual([400, '<p>bad</p>']);
    await app.close();
  });
});
