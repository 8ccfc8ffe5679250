import type { Db } from '@parley/storage';
import { eq } from 'drizzle-orm';
import type { KalliopeState } from '@parley/dialog-engine';
import { kalliopeDialogs, kalliopeSwitches, type KalliopeSchema } from './schema.js';

export type SwitchName = 'mute' | 'deaf';

/** Dialogue state per session and the mute/deaf switches, in the app's database (PGlite or Postgres). */
export class KalliopeStore {
  constructor(private readonly db: Db<KalliopeSchema>) {}

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
