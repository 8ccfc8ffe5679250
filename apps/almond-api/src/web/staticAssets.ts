// GET /static/almond.css and /static/chat.js, served from string modules (nothing to copy at build time).
import type { FastifyPluginAsync } from 'fastify';
import { almondCss } from './almondCss.js';
import { chatScript } from './chatScript.js';

const ASSETS: Record<string, { type: string; body: string }> = {
  'almond.css': { type: 'text/css; charset=utf-8', body: almondCss },
  'chat.js': { type: 'text/javascript; charset=utf-8', body: chatScript },
};

export const staticAssets: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { name: string } }>('/static/:name', async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (asset === undefined) return reply.code(404).type('text/plain; charset=utf-8').send('Not Found');
    return reply.type(asset.type).header('cache-control', 'public, max-age=300').header('x-content-type-options', 'nosniff').send(asset.body);
  });
};
