import { createKeyLocks, createNotifier, type Database, type Db } from '@parley/storage';
import { count, eq, sql } from 'drizzle-orm';
import type { KalliopeState } from '@parley/dialog-engine';
import { DialogueRows } from './dialogueRows.js';
import { kalliopeDialogs, kalliopeSwitches, type KalliopeSchema } from './schema.js';
import { createSwitchCache, type SwitchCache, type SwitchCacheTiming } from './switchCache.js';
import { createVersionedDialogues, type DialogueTurn, type DialogueUpdater } from './versionedDialogues.js';

export type SwitchName = 'mute' | 'deaf';

/** Dialogue state per session and the mute/deaf switches, in the app's database (PGlite or Postgres). */
export class KalliopeStore {
  /** The app's database (also probed by /healthz). */
  readonly db: Db<KalliopeSchema>;
  private readonly rows: DialogueRows;
  private readonly update: DialogueUpdater;
  private readonly switches: SwitchCache;

  /** `switchCache`: how long read switches are kept, and the clock (tests). */
  constructor(database: Database<KalliopeSchema>, options: { switchCache?: SwitchCacheTiming } = {}) {
    this.db = database.db;
    this.rows = new DialogueRows(database.db);
    this.update = createVersionedDialogues({ rows: this.rows, locks: createKeyLocks(database), shared: database.kind !== 'pglite' });
    this.switches = createSwitchCache({ notifier: createNotifier(database), load: () => this.readSwitches(), ...options.switchCache });
  }

  /** Resolves once this instance hears the switch changes of the others (switchCache.ts). */
  ready(): Promise<void> {
    return this.switches.ready();
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

  /**
   * A switch as this instance knows it: read from the database at most once a second, and afresh once a switch was
   * set here or on another instance (switchCache.ts). Undefined for a switch never set.
   */
  async getSwitch(name: SwitchName): Promise<boolean | undefined> {
    return (await this.switches.read()).get(name);
  }

  /** A switch as the database holds it now. */
  async readSwitch(name: SwitchName): Promise<boolean | undefined> {
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
    await this.switches.changed();
  }

  private async readSwitches(): Promise<ReadonlyMap<string, boolean>> {
    const rows = await this.db.select({ name: kalliopeSwitches.name, value: kalliopeSwitches.value }).from(kalliopeSwitches);
    return new Map(rows.map((row) => [row.name, row.value]));
  }
}
