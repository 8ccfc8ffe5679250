import type { Db } from '@parley/storage';
import { and, eq, sql } from 'drizzle-orm';
import type { KalliopeState } from '@parley/dialog-engine';
import { kalliopeDialogs, type KalliopeSchema } from './schema.js';

/** A session's stored dialogue and its version (0: no row yet). */
export interface VersionedDialogue {
  readonly state: KalliopeState | undefined;
  readonly version: number;
}

const ABSENT: VersionedDialogue = { state: undefined, version: 0 };

/**
 * The queries of the `kalliope_dialogs` rows. Every write bumps the row's version and names the version it started
 * from, so that a write computed from an outdated state stores nothing instead of overwriting another instance's.
 * Queries with parameters are prepared: on Postgres an unprepared one costs two round trips (postgres.js describes it
 * first), a prepared one a single round trip once each connection has it.
 */
export class DialogueRows {
  /** Built once: the one query of an uncontended order on a shared database (see `readIfChanged`). */
  private readonly changedSince;

  constructor(private readonly db: Db<KalliopeSchema>) {
    this.changedSince = db
      .select({
        version: kalliopeDialogs.version,
        state: sql`case when ${kalliopeDialogs.version} = ${sql.placeholder('version')} then null else ${kalliopeDialogs.state} end`.mapWith(kalliopeDialogs.state),
      })
      .from(kalliopeDialogs)
      .where(eq(kalliopeDialogs.sessionKey, sql.placeholder('sessionKey')))
      .prepare('kalliope_dialog_changed_since');
  }

  async read(sessionKey: string, db = this.db): Promise<VersionedDialogue> {
    const [row] = await db
      .select({ state: kalliopeDialogs.state, version: kalliopeDialogs.version })
      .from(kalliopeDialogs)
      .where(eq(kalliopeDialogs.sessionKey, sessionKey))
      .prepare('kalliope_read_dialog')
      .execute();
    return row ?? ABSENT;
  }

  /** Undefined while the row is still at `version` (0: absent); else the row as it is now, in one round trip. */
  async readIfChanged(sessionKey: string, version: number): Promise<VersionedDialogue | undefined> {
    const [row] = await this.changedSince.execute({ sessionKey, version });
    if (row === undefined) return version === 0 ? undefined : ABSENT;
    if (row.version === version) return undefined;
    return { state: row.state as KalliopeState, version: row.version };
  }

  /** Stores `state` if the row is still at `version` (0: absent): the new version, or undefined when it was not stored. */
  async write(sessionKey: string, state: KalliopeState, version: number, db = this.db): Promise<number | undefined> {
    const updatedAt = new Date();
    if (version === 0) {
      const [inserted] = await db
        .insert(kalliopeDialogs)
        .values({ sessionKey, state, version: 1, updatedAt })
        .onConflictDoNothing()
        .returning({ version: kalliopeDialogs.version })
        .prepare('kalliope_insert_dialog')
        .execute();
      return inserted?.version;
    }
    const [updated] = await db
      .update(kalliopeDialogs)
      .set({ state, version: sql`${kalliopeDialogs.version} + 1`, updatedAt })
      .where(and(eq(kalliopeDialogs.sessionKey, sessionKey), eq(kalliopeDialogs.version, version)))
      .returning({ version: kalliopeDialogs.version })
      .prepare('kalliope_update_dialog')
      .execute();
    return updated?.version;
  }
}
