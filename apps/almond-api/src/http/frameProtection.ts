// No page of this server may be framed by another site (clickjacking: a hidden consent or login form under a
// decoy). Every HTML answer says so twice: `frame-ancestors 'none'` for current browsers, `X-Frame-Options: DENY`
// for older ones. Pages that send their own Content-Security-Policy (web/webSession.ts) already include it.
import type { FastifyInstance } from 'fastify';

export function installFrameProtection(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    reply.header('x-frame-options', 'DENY');
    if (reply.getHeader('content-security-policy') === undefined) reply.header('content-security-policy', "frame-ancestors 'none'");
    return payload;
  });
}
