// Bearer-token check (docs/protocols/apiai.md §1): the developer token manages /intents and /entities, the client token
// makes /query, /contexts and /userEntities calls; the developer token is accepted there too, being the agent
// owner's key. `ocp-apim-subscription-key` (docs/protocols/apiai.md, the Azure proxy key) is accepted and ignored.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Agent } from '@parley/apiai-agent/model';
import type { TokenKind } from '../db/agentStore.js';
import type { AgentLookup } from './agentLookup.js';
import { unauthorized } from '../http/ApiAiError.js';

declare module 'fastify' {
  interface FastifyRequest {
    agent?: Agent;
  }
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

/** The agent of an authenticated request (set by `requireToken`). */
export function agentOf(request: FastifyRequest): Agent {
  if (request.agent === undefined) throw unauthorized();
  return request.agent;
}

export function requireToken(agents: AgentLookup, kind: TokenKind): onRequestAsyncHookHandler {
  return async (request) => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) throw unauthorized('Authentication parameters missing');
    const found = await agents.find(token, kind);
    if (found === undefined) throw unauthorized();
    if (kind === 'developer' && found.kind !== 'developer') {
      throw unauthorized('The client access token cannot manage intents and entities: use the developer access token.');
    }
    request.agent = found.agent;
  };
}
