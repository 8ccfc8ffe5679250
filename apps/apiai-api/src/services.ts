// What the routes share: the stores of one database and the hook that marks an agent's content as changed.
import { agentStore, type AgentStore } from './db/agentStore.js';
import type { Database } from './db/Database.js';
import { entityStore, type EntityStore } from './db/entityStore.js';
import { intentStore, type IntentStore } from './db/intentStore.js';
import { serializedWrites } from './db/serializedWrites.js';
import { sessionStore, type SessionStore } from './db/sessionStore.js';

export interface AppServices {
  agents: AgentStore;
  entities: EntityStore;
  intents: IntentStore;
  sessions: SessionStore;
  /** Call after any intent or entity change: bumps the agent's revision so that its NLU is rebuilt. */
  agentChanged(agentId: string): Promise<void>;
  /** Runs a read→modify→write alone among those of the same key (one DB transaction under an advisory lock). */
  serialized<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** The lock keys of the two kinds of mutable rows: an agent's content and one session of an agent. */
export const agentLockKey = (agentId: string): string => `apiai:agent:${agentId}`;
export const sessionLockKey = (agentId: string, sessionId: string): string => `apiai:session:${agentId}:${sessionId}`;

export function createServices(db: Database, onRevision: (agentId: string, revision: number) => void): AppServices {
  const writes = serializedWrites(db);
  const agents = agentStore(writes.current);
  return {
    agents,
    entities: entityStore(writes.current),
    intents: intentStore(writes.current),
    sessions: sessionStore(writes.current),
    serialized: (key, work) => writes.run(key, work),
    async agentChanged(agentId) {
      onRevision(agentId, await agents.bumpRevision(agentId));
    },
  };
}
