// Persistence of the api.ai server: agents with hashed tokens, their entities and intents (kept as the canonical
// api.ai JSON), and sessions (the dialog state: active contexts with their expiry, session user entities).
import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AgentWebhook, EntityBody, IntentBody } from '@parley/apiai-agent/model';

/** A session's dialog state (contexts with their clocks, user entities, slot filling) as plain JSON. */
export type SessionStateJson = Record<string, unknown>;

export const agents = pgTable('apiai_agents', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  language: text('language').notNull().default('en'),
  developerTokenHash: text('developer_token_hash').notNull().unique(),
  clientTokenHash: text('client_token_hash').notNull().unique(),
  webhook: jsonb('webhook').$type<AgentWebhook>(),
  /** The imported agent.json as it came: exported again, settings (threshold, time zone) read from it. */
  agentJson: jsonb('agent_json').$type<Record<string, unknown>>(),
  /** Bumped on every intent or entity change; matchers are rebuilt when it moves. */
  revision: integer('revision').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const entities = pgTable(
  'apiai_entities',
  {
    /** Unique within the agent: ids survive export and import, so two agents may hold the same one. */
    id: uuid('id').notNull(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    body: jsonb('body').$type<EntityBody>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.agentId, table.id] }),
    uniqueIndex('apiai_entities_agent_name').on(table.agentId, sql`lower(${table.name})`),
  ],
);

export const intents = pgTable(
  'apiai_intents',
  {
    /** Unique within the agent, like entity ids. */
    id: uuid('id').notNull(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    body: jsonb('body').$type<IntentBody>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.agentId, table.id] }),
    uniqueIndex('apiai_intents_agent_name').on(table.agentId, table.name),
  ],
);

export const sessions = pgTable(
  'apiai_sessions',
  {
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').notNull(),
    state: jsonb('state').$type<SessionStateJson>().notNull(),
    /** Bumped by every write: a write names the version it read and fails if another write came first. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.agentId, table.sessionId] })],
);

export const schema = { agents, entities, intents, sessions };
