import { describe, expect, it } from 'vitest';
import { controlCharacters, injectedBodies, injectedPaths } from './injections.js';

describe('injection sweep', () => {
  const example = [{ name: 'basket', lifespan: 3, parameters: { size: 'big' } }, { name: 'second' }];
  const bodies = injectedBodies(example);
  const payloads = bodies.map((body) => body.payload);

  it('puts a NUL byte in every string, number and key of every field of the record (the first element of an array)', () => {
    expect(payloads).toContain(JSON.stringify([{ name: 'bas\u0000ket', lifespan: 3, parameters: { size: 'big' } }, { name: 'second' }]));
    expect(payloads).toContain(JSON.stringify([{ name: 'basket', lifespan: '\u00003', parameters: { size: 'big' } }, { name: 'second' }]));
    expect(payloads).toContain(JSON.stringify([{ name: 'basket', lifespan: 3, parameters: { 'si\u0000ze': 'big' } }, { name: 'second' }]));
    expect(payloads).toContain(JSON.stringify([{ name: 'basket', lifespan: 3, parameters: { size: 'b\u0000ig' } }, { name: 'second' }]));
    expect(bodies.filter((body) => body.variant === 'parameters:control' && body.kind.startsWith('U+0000 in'))).toHaveLength(2);
  });

  it('sends every control character in every field', () => {
    const jsonBodies = bodies.filter((body) => body.contentType === 'application/json').map((body) => JSON.stringify(JSON.parse(body.payload)));
    for (const char of controlCharacters) {
      expect(jsonBodies).toContain(JSON.stringify([{ name: `bas${char}ket`, lifespan: 3, parameters: { size: 'big' } }, { name: 'second' }]));
      expect(jsonBodies).toContain(JSON.stringify([{ name: 'basket', lifespan: 3, parameters: { [`si${char}ze`]: 'big' } }, { name: 'second' }]));
    }
  });

  it('gives each field twice as a JSON key and as a form field', () => {
    expect(payloads).toContain('[{"name":"basket","lifespan":3,"parameters":{"size":"big"},"name":"bas\\u0000ket"},{"name":"second"}]');
    expect(payloads).toContain('[{"name":"bas\\u0000ket","lifespan":3,"parameters":{"size":"big"},"name":"basket"},{"name":"second"}]');
    expect(bodies).toContainEqual({ kind: 'form field lifespan twice', variant: 'lifespan:duplicate', contentType: 'application/x-www-form-urlencoded', payload: 'name=basket&lifespan=3&parameters=%7B%22size%22%3A%22big%22%7D&lifespan=32' });
  });

  it('varies path segments and query parameters, percent-encoded, and repeats each query parameter', () => {
    const paths = injectedPaths('/v1/contexts/basket?sessionId=s1&v=1', ['basket']).map((request) => request.path);
    expect(paths).toContain('/v1/contexts/bas%00ket?sessionId=s1&v=1');
    expect(paths).toContain('/v1/contexts/basket?sessionId=s%E2%80%A81&v=1');
    expect(paths).toContain('/v1/contexts/basket?sessionId=s1&v=1&sessionId=s1');
    expect(paths).toContain('/v1/contexts/basket?sessionId=s1&v=1&sessionId=s1-2');
    expect(paths).toHaveLength(2 * controlCharacters.length + controlCharacters.length + 2 * 2);
  });
});
