// Device icons served locally at /icons/<kind>.png (the reference pointed at a CDN): a badge with the kind's
// initials and a colour derived from the kind, as SVG.
import type { FastifyPluginAsync } from 'fastify';
import { replySchemas } from '../http/replySchemas.js';
import { escapeHtml } from '../pages/html.js';

const KIND = /^[A-Za-z0-9_.-]{1,128}$/;

export function iconSvg(kind: string): string {
  const parts = kind.split('.').filter((part) => part !== '');
  const initials = (parts[parts.length - 1] ?? '?').slice(0, 2).toUpperCase();
  let hue = 0;
  for (const character of kind) hue = (hue * 31 + character.charCodeAt(0)) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="hsl(${hue},45%,42%)"/><text x="32" y="41" font-family="sans-serif" font-size="24" text-anchor="middle" fill="#fff">${escapeHtml(initials)}</text></svg>`;
}

export const iconRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { file: string } }>('/icons/:file', { schema: { response: replySchemas({}) } }, async (request, reply) => {
    const kind = request.params.file.replace(/\.(png|svg)$/, '');
    if (!KIND.test(kind)) return reply.code(404).send({ error: 'Not Found', code: 'ENOENT' });
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(iconSvg(kind));
  });
};
