import type { FastifyReply } from 'fastify';

/** An RFC 6749 §5.2 error answer of the OAuth JSON endpoints: `{error, error_description}`, never cached. */
export function replyOAuthError(reply: FastifyReply, status: number, error: string, description: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error, error_description: description });
}
