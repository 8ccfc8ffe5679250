import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installPublicOrigin, parsePublicUrl } from './publicOrigin.js';

async function originSeen(publicUrl: string | undefined, listen: boolean): Promise<string> {
  const app = Fastify();
  installPublicOrigin(app, publicUrl);
  app.get('/', async (request) => ({ origin: request.server.publicOrigin() }));
  if (listen) await app.listen({ port: 0, host: '127.0.0.1' });
  // a forged Host header changes nothing
  const response = await app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example' } });
  const port = listen ? (app.server.address() as { port: number }).port : 0;
  await app.close();
  return (response.json() as { origin: string }).origin.replace(`:${port}`, ':PORT');
}

describe('publicOrigin', () => {
  it('is the configured public URL, else the listening address, never the Host header', async () => {
    expect(await originSeen('https://almond.example.com/some/path', false)).toBe('https://almond.example.com');
    expect(await originSeen(undefined, true)).toBe('http://127.0.0.1:PORT');
    expect(await originSeen(undefined, false)).toBe('http://localhost');
  });

  it('accepts only http(s) URLs', () => {
    expect(() => parsePublicUrl('almond.example.com')).toThrow(/ALMOND_PUBLIC_URL/);
    expect(() => parsePublicUrl('javascript:alert(1)')).toThrow(/ALMOND_PUBLIC_URL/);
  });
});
