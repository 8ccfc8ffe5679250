// The table where `@parley/apiai-agent/storage` keeps embedded agents' sessions: one row per agent name and
// `sessionId`, the dialog state as JSON (the same `ApiaiSessionState` the in-memory default keeps).
import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { ApiaiSessionState } from '@parley/dialog-engine';

export const embeddedSessions = pgTable(
  'apiai_embedded_sessions',
  {
    /** Which agent the session talks to: agents sharing one database keep apart by name. */
    agent: text('agent').notNull(),
    sessionId: text('session_id').notNull(),
    state: jsonb('state').$type<ApiaiSessionState>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.agent, table.sessionId] })],
);

export const schema = { embeddedSessions };
