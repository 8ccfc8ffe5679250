// Agents and their tokens.
import { eq, or, sql } from 'drizzle-orm';
import type { Agent, AgentWebhook } from '@parley/apiai-agent/model';
import { digestsEqual, hashToken } from '../auth/tokens.js';
import type { Database } from './Database.js';
import { agents } from './schema.js';

export type TokenKind = 'developer' | 'client';

interface NewAgent {
  id: string;
  name: string;
  language?: string;
  developerToken: string;
  clientToken: string;
  webhook?: AgentWebhook | null;
}

const toAgent = (row: typeof agents.$inferSelect): Agent => ({
  id: row.id,
  name: row.name,
  language: row.language,
  webhook: row.webhook ?? null,
  agentJson: row.agentJson ?? null,
  revision: row.revision,
});

export function agentStore(db: Database) {
  return {
    async create(agent: NewAgent): Promise<Agent> {
      const [row] = await db
        .insert(agents)
        .values({
          id: agent.id,
          name: agent.name,
          language: agent.language ?? 'en',
          developerTokenHash: hashToken(agent.developerToken),
          clientTokenHash: hashToken(agent.clientToken),
          webhook: agent.webhook ?? null,
        })
        .returning();
      if (row === undefined) throw new Error('agent insert returned no row');
      return toAgent(row);
    },

    /** The agent a bearer token belongs to, and which of its two tokens it is. */
    async findByToken(token: string): Promise<{ agent: Agent; kind: TokenKind } | undefined> {
      const digest = hashToken(token);
      const [row] = await db
        .select()
        .from(agents)
        .where(or(eq(agents.developerTokenHash, digest), eq(agents.clientTokenHash, digest)))
        .limit(1);
      if (row === undefined) return undefined;
      if (digestsEqual(row.developerTokenHash, digest)) return { agent: toAgent(row), kind: 'developer' };
      if (digestsEqual(row.clientTokenHash, digest)) return { agent: toAgent(row), kind: 'client' };
      return undefined;
    },

    async findByDeveloperToken(token: string): Promise<Agent | undefined> {
      const found = await this.findByToken(token);
      return found?.kind === 'developer' ? found.agent : undefined;
    },

    async get(id: string): Promise<Agent | undefined> {
      const [row] = await db.select().from(agents).where(eq(agents.id, id)).limit(1);
      return row === undefined ? undefined : toAgent(row);
    },

    async count(): Promise<number> {
      const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(agents);
      return row?.count ?? 0;
    },

    /** Changes the agent's settings; its revision moves too, so that instances holding the agent read it again. */
    async update(id: string, changes: { name?: string; language?: string; webhook?: AgentWebhook | null; agentJson?: Record<string, unknown> | null }): Promise<void> {
      await db.update(agents).set({ ...changes, revision: sql`${agents.revision} + 1` }).where(eq(agents.id, id));
    },

    /** Marks the agent's content as changed; returns the new revision. */
    async bumpRevision(id: string): Promise<number> {
      const [row] = await db
        .update(agents)
        .set({ revision: sql`${agents.revision} + 1` })
        .where(eq(agents.id, id))
        .returning({ revision: agents.revision });
      return row?.revision ?? 0;
    },
  };
}

export type AgentStore = ReturnType<typeof agentStore>;
