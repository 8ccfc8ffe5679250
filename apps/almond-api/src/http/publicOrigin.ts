// The origin this server is reached at, for the absolute URLs it hands out (icons in REST answers, OAuth callback
// URIs): the operator's ALMOND_PUBLIC_URL, else the address the server listens on. Never the request's Host header,
// which any client sets (a forged one would put another site into the URLs given to users and providers).
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** `scheme://host[:port]` without a trailing slash. */
    publicOrigin(): string;
  }
}

/** The origin of an absolute http(s) URL; throws on anything else (a setting that is not a public URL). */
export function parsePublicUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') throw new Error(`ALMOND_PUBLIC_URL must be an http(s) URL (got "${value}")`);
  return url.origin;
}

export function installPublicOrigin(app: FastifyInstance, publicUrl: string | undefined): void {
  const configured = publicUrl === undefined ? undefined : parsePublicUrl(publicUrl);
  app.decorate('publicOrigin', () => {
    if (configured !== undefined) return configured;
    const address = app.server.address();
    if (address === null || typeof address === 'string') return 'http://localhost';
    return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  });
}
