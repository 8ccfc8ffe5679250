import { createKeyLocks, type Database, type Db } from '@parley/storage';
import { count, eq, sql } from 'drizzle-orm';
import type { KalliopeState } from '@parley/dialog-engine';
import { DialogueRows } from './dialogueRows.js';
import { kalliopeDialogs, kalliopeSwitches, type KalliopeSchema } from './schema.js';
import { createVersionedDialogues, type DialogueTurn, type DialogueUpdater } from './versionedDialogues.js';

export type SwitchName = 'mute' | 'deaf';

/** Dialogue state per session and the mute/deaf switches, in the app's database (PGlite or Postgres). */
export class KalliopeStore {
  /** The app's database (also probed by /healthz). */
  readonly db: Db<KalliopeSchema>;
  private readonly rows: DialogueRows;
  private readonly update: DialogueUpdater;

  constructor(database: Pick<Database<KalliopeSchema>, 'db' | 'kind'>) {
    this.db = database.db;
    this.rows = new DialogueRows(database.db);
    this.update = createVersionedDialogues({ rows: this.rows, locks: createKeyLocks(database), shared: database.kind !== 'pglite' });
  }

  /**
   * Runs one turn of a session's dialogue and saves the new state unless it is the same dialogue (see
   * `isSameDialogue`: a repeated order writes nothing); returns what `turn` returns. Turns of one session take turns,
   * another instance's included (versionedDialogues.ts).
   */
  updateDialog<T>(sessionKey: string, turn: DialogueTurn<T>): Promise<T> {
    return this.update(sessionKey, turn);
  }

  /** Undefined for a session that never ran anything. */
  async loadDialog(sessionKey: string): Promise<KalliopeState | undefined> {
    return (await this.rows.read(sessionKey)).state;
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
