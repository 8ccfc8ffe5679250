// Which agent a bearer token belongs to. With embedded PGlite this process is the database's only client, so the
// answers are kept in memory and refreshed when the agent changes (`refresh`, after each revision); on Postgres
// other instances may change an agent, so every request reads it (its revision tells when to rebuild).
import type { Agent } from '../agent/model.js';
import type { AgentStore, TokenKind } from '../db/agentStore.js';
import { hashToken } from './tokens.js';

export interface AgentLookup {
  find(token: string): Promise<{ agent: Agent; kind: TokenKind } | undefined>;
  /** Reads the agent again (its revision or settings changed). */
  refresh(agentId: string): Promise<void>;
}

export function createAgentLookup(agents: AgentStore, onlyClient: boolean): AgentLookup {
  if (!onlyClient) return { find: (token) => agents.findByToken(token), refresh: async () => undefined };
  /** By token digest: the tokens themselves are kept nowhere. */
  const known = new Map<string, { agent: Agent; kind: TokenKind }>();
  return {
    async find(token) {
      const digest = hashToken(token);
      const cached = known.get(digest);
      if (cached !== undefined) return cached;
      const found = await agents.findByToken(token);
      // Unknown tokens are not kept: an agent may be created later.
      if (found !== undefined) known.set(digest, found);
      return found;
    },
    async refresh(agentId) {
      const agent = await agents.get(agentId);
      for (const [digest, entry] of known) {
        if (entry.agent.id !== agentId) continue;
        if (agent === undefined) known.delete(digest);
        else known.set(digest, { agent, kind: entry.kind });
      }
    },
  };
}
