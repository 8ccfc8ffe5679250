// Which agent a bearer token belongs to, kept in memory by token digest and read again when the agent changes
// (`refresh`, after each revision of this instance). With embedded PGlite this process is the database's only client,
// so the memory is always current. On Postgres other instances may change an agent: developer-token requests read
// the agent every time (they manage it), while client-token requests use the remembered agent — the query's session
// write names the agent revision it answered with and is refused once the agent moved on, and the query then runs
// again on the agent read afresh (../dialog/answerQuery.ts), so no query reads the agent first.
import type { Agent } from '@parley/apiai-agent/model';
import type { AgentStore, TokenKind } from '../db/agentStore.js';
import { hashToken } from './tokens.js';

export interface AgentLookup {
  /** `kind`: the token kind the route asks for (developer routes read the agent afresh on Postgres). */
  find(token: string, kind: TokenKind): Promise<{ agent: Agent; kind: TokenKind } | undefined>;
  /** Reads the agent again (its revision or settings changed); undefined once it is gone. */
  refresh(agentId: string): Promise<Agent | undefined>;
}

export function createAgentLookup(agents: AgentStore, onlyClient: boolean): AgentLookup {
  /** By token digest: the tokens themselves are kept nowhere. */
  const known = new Map<string, { agent: Agent; kind: TokenKind }>();
  return {
    async find(token, kind) {
      const digest = hashToken(token);
      const cached = known.get(digest);
      if (cached !== undefined && (onlyClient || kind === 'client')) return cached;
      const found = await agents.findByToken(token);
      // Unknown tokens are not kept: an agent may be created later.
      if (found !== undefined) known.set(digest, found);
      else known.delete(digest);
      return found;
    },
    async refresh(agentId) {
      const agent = await agents.get(agentId);
      for (const [digest, entry] of known) {
        if (entry.agent.id !== agentId) continue;
        if (agent === undefined) known.delete(digest);
        else known.set(digest, { agent, kind: entry.kind });
      }
      return agent;
    },
  };
}
