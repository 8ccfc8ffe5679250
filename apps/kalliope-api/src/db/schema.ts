import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { KalliopeState } from '@parley/dialog-engine';

/** The Kalliope dialogue of each session (`''` is the brain-wide default session): LIFO and memory. */
export const kalliopeDialogs = pgTable('kalliope_dialogs', {
  sessionKey: text('session_key').primaryKey(),
  state: jsonb('state').$type<KalliopeState>().notNull(),
  /** Bumped by every write: a write names the version it started from and stores nothing if another came first. */
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Server switches that survive a restart: `mute` (TTS) and `deaf` (trigger, the 0.5 `/mute`). */
export const kalliopeSwitches = pgTable('kalliope_switches', {
  name: text('name').primaryKey(),
  value: boolean('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const schema = { kalliopeDialogs, kalliopeSwitches };
export type KalliopeSchema = typeof schema;
