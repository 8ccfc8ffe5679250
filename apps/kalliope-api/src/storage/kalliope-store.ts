import { createKeyLocks, type Database, type Db, type KeyLocks } from '@parley/storage';
import { count, eq, sql } from 'drizzle-orm';
import { initialKalliopeState, type KalliopeState } from '@parley/dialog-engine';
import { isSameDialogue } from './same-dialogue.js';
import { kalliopeDialogs, kalliopeSwitches, type KalliopeSchema } from './schema.js';

export type SwitchName = 'mute' | 'deaf';

/** Dialogue state per session and the mute/deaf switches, in the app's database (PGlite or Postgres). */
export class KalliopeStore {
  /** The app's database (also probed by /healthz). */
  readonly db: Db<KalliopeSchema>;
  /** One session's dialogue advances alone: in this process, and across instances sharing one Postgres. */
  private readonly sessions: KeyLocks<KalliopeSchema>;

  constructor(database: Pick<Database<KalliopeSchema>, 'db' | 'kind'>) {
    this.db = database.db;
    this.sessions = createKeyLocks(database);
  }

  /**
   * Loads a session's dialogue, lets `advance` compute the next state, saves it unless it is the same dialogue (see
   * `isSameDialogue`: a repeated order writes nothing); returns what `advance` returns. Updates of one session take
   * turns (another instance's included).
   */
  async updateDialog<T>(
    sessionKey: string,
    advance: (state: KalliopeState) => Promise<{ readonly state: KalliopeState; readonly result: T }>,
  ): Promise<T> {
    return this.sessions.run(`kalliope:dialog:${sessionKey}`, async (db) => {
      const stored = await this.loadDialog(sessionKey, db);
      const next = await advance(stored ?? initialKalliopeState());
      if (stored === undefined || !isSameDialogue(stored, next.state)) await this.saveDialog(sessionKey, next.state, db);
      return next.result;
    });
  }

  /**
   * Undefined for a session that never ran anything. This query and the save run on every order, so they are
   * prepared: on Postgres an unprepared query with parameters costs two round trips (postgres.js describes it
   * first), a prepared one one round trip once each connection has it.
   */
  async loadDialog(sessionKey: string, db = this.db): Promise<KalliopeState | undefined> {
    const rows = await db
      .select({ state: kalliopeDialogs.state })
      .from(kalliopeDialogs)
      .where(eq(kalliopeDialogs.sessionKey, sessionKey))
      .prepare('kalliope_load_dialog')
      .execute();
    return rows[0]?.state;
  }

  async saveDialog(sessionKey: string, state: KalliopeState, db = this.db): Promise<void> {
    const updatedAt = new Date();
    await db
      .insert(kalliopeDialogs)
      .values({ sessionKey, state, updatedAt })
      .onConflictDoUpdate({ target: kalliopeDialogs.sessionKey, set: { state, updatedAt } })
      .prepare('kalliope_save_dialog')
      .execute();
  }

  /** Sessions whose dialogue waits for the answer to a neurotransmitter's question (the open dialogues). */
  async countWaitingSessions(): Promise<number> {
    const [row] = await this.db
      .select({ waiting: count() })
      .from(kalliopeDialogs)
      .where(sql`(${kalliopeDialogs.state} ->> 'waitingForAnswer') = 'true'`);
    return row?.waiting ?? 0;
  }

  async getSwitch(name: SwitchName): Promise<boolean | undefined> {
    const rows = await this.db
      .select({ value: kalliopeSwitches.value })
      .from(kalliopeSwitches)
      .where(eq(kalliopeSwitches.name, name));
    return rows[0]?.value;
  }

  async setSwitch(name: SwitchName, value: boolean): Promise<void> {
    const updatedAt = new Date();
    await this.db
      .insert(kalliopeSwitches)
      .values({ name, value, updatedAt })
      .onConflictDoUpdate({ target: kalliopeSwitches.name, set: { value, updatedAt } });
  }
}
