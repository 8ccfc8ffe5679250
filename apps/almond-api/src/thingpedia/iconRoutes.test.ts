import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { iconRoutes, iconSvg } from './iconRoutes.js';

describe('device icons', () => {
  it('are badges with the initials of the kind', async () => {
    expect(iconSvg('com.xkcd')).toContain('>XK</text>');
    const app = Fastify();
    await app.register(iconRoutes);
    const icon = await app.inject({ method: 'GET', url: '/icons/com.thecatapi.png' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.body).toContain('>TH</text>');
    expect((await app.inject({ method: 'GET', url: '/icons/%3Cscript%3E.png' })).statusCode).toBe(404);
  });
});
