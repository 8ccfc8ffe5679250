// The stores of one connection: the database itself, or the transaction of a serialised change (services.ts).
import { agentStore, type AgentStore } from './agentStore.js';
import type { Database } from './Database.js';
import { entityStore, type EntityStore } from './entityStore.js';
import { intentStore, type IntentStore } from './intentStore.js';
import { sessionStore, type SessionStore } from './sessionStore.js';

export interface Stores {
  agents: AgentStore;
  entities: EntityStore;
  intents: IntentStore;
  sessions: SessionStore;
}

export function storesOn(db: Database): Stores {
  return { agents: agentStore(db), entities: entityStore(db), intents: intentStore(db), sessions: sessionStore(db) };
}
