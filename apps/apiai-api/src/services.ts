// What the routes share: the stores of one database and the hook that marks an agent's content as changed.
import { agentStore, type AgentStore } from './db/agentStore.js';
import type { Database } from './db/Database.js';
import { entityStore, type EntityStore } from './db/entityStore.js';
import { intentStore, type IntentStore } from './db/intentStore.js';
import { sessionStore, type SessionStore } from './db/sessionStore.js';

export interface AppServices {
  agents: AgentStore;
  entities: EntityStore;
  intents: IntentStore;
  sessions: SessionStore;
  /** Call after any intent or entity change: bumps the agent's revision so that its NLU is rebuilt. */
  agentChanged(agentId: string): Promise<void>;
}

export function createServices(db: Database, onRevision: (agentId: string, revision: number) => void): AppServices {
  const agents = agentStore(db);
  return {
    agents,
    entities: entityStore(db),
    intents: intentStore(db),
    sessions: sessionStore(db),
    async agentChanged(agentId) {
      onRevision(agentId, await agents.bumpRevision(agentId));
    },
  };
}
