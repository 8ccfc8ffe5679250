import type { Db } from '@parley/storage';
import { eq } from 'drizzle-orm';
import { initialKalliopeState, type KalliopeState } from '@parley/dialog-engine';
import { kalliopeDialogs, kalliopeSwitches, type KalliopeSchema } from './schema.js';

export type SwitchName = 'mute' | 'deaf';

/** Dialogue state per session and the mute/deaf switches, in the app's database (PGlite or Postgres). */
export class KalliopeStore {
  /**
   * @param rowLocks lock a session's row while its dialogue advances (`SELECT … FOR UPDATE`), so that server
   * instances sharing one Postgres take turns; PGlite has a single in-process user and needs none.
   */
  constructor(
    /** The app's database (also probed by /healthz). */
    readonly db: Db<KalliopeSchema>,
    private readonly rowLocks = false,
  ) {}

  /** Loads a session's dialogue, lets `advance` compute the next state, saves it; returns what `advance` returns. */
  async updateDialog<T>(
    sessionKey: string,
    advance: (state: KalliopeState) => Promise<{ readonly state: KalliopeState; readonly result: T }>,
  ): Promise<T> {
    if (!this.rowLocks) {
      const next = await advance((await this.loadDialog(sessionKey)) ?? initialKalliopeState());
      await this.saveDialog(sessionKey, next.state);
      return next.result;
    }
    return this.db.transaction(async (tx) => {
      await tx.insert(kalliopeDialogs).values({ sessionKey, state: initialKalliopeState() }).onConflictDoNothing();
      const rows = await tx
        .select({ state: kalliopeDialogs.state })
        .from(kalliopeDialogs)
        .where(eq(kalliopeDialogs.sessionKey, sessionKey))
        .for('update');
      const next = await advance(rows[0]?.state ?? initialKalliopeState());
      await tx
        .update(kalliopeDialogs)
        .set({ state: next.state, updatedAt: new Date() })
        .where(eq(kalliopeDialogs.sessionKey, sessionKey));
      return next.result;
    });
  }

  /** Undefined for a session that never ran anything. */
  async loadDialog(sessionKey: string): Promise<KalliopeState | undefined> {
    const rows = await this.db
      .select({ state: kalliopeDialogs.state })
      .from(kalliopeDialogs)
      .where(eq(kalliopeDialogs.sessionKey, sessionKey));
    return rows[0]?.state;
  }

  async saveDialog(sessionKey: string, state: KalliopeState): Promise<void> {
    const updatedAt = new Date();
    await this.db
      .insert(kalliopeDialogs)
      .values({ sessionKey, state, updatedAt })
      .onConflictDoUpdate({ target: kalliopeDialogs.sessionKey, set: { state, updatedAt } });
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
