import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Pending timers of the in-process scheduler (embedded PGlite). On Postgres graphile-worker keeps its own tables.
 * `token` changes on every (re)schedule, so a claim made for an old schedule never completes a newer one.
 */
export const parleyTimers = pgTable(
  'parley_timers',
  {
    queue: text('queue').notNull(),
    key: text('key').notNull(),
    token: text('token').notNull(),
    runAt: timestamp('run_at', { withTimezone: true, mode: 'date' }).notNull(),
    payload: jsonb('payload').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  },
  (table) => [primaryKey({ columns: [table.queue, table.key] }), index('parley_timers_due').on(table.queue, table.runAt)],
);
