// Dialogue updates without a database lock while a session is not contended. Each instance keeps the dialogues it
// read or wrote last (state and version) in memory. An order starts from that state: on PGlite (one process owns the
// database) without any query; on Postgres, where other instances may have moved the session on, after one read that
// returns the row only if its version differs from the one kept. The new state is written naming the version it
// started from (one round trip, and none when the dialogue is the same: sameDialogue.ts). Only a written state is
// acknowledged, so an answer survives the instance being killed right after.
//
// A write refused because another instance wrote the session in between runs the turn again under the session's
// database lock, on the state read afresh: its neurons then run a second time (only orders sent to two instances for
// one session at the same moment get there). A session whose dialogue is not idle (a question waits, a run is live)
// goes to the lock at once on Postgres, so that an answer to a question is never run twice.
import { initialKalliopeState, type KalliopeState } from '@parley/dialog-engine';
import { inProcessQueue, type Db, type KeyLocks } from '@parley/storage';
import { KALLIOPE_ERRORS } from '../http/kalliopeErrors.js';
import type { DialogueRows, VersionedDialogue } from './dialogueRows.js';
import { isIdleDialogue, isSameDialogue } from './sameDialogue.js';
import type { KalliopeSchema } from './schema.js';

/** One turn of a session: the next state and what the caller gets. */
export type DialogueTurn<T> = (state: KalliopeState) => Promise<{ readonly state: KalliopeState; readonly result: T }>;

export type DialogueUpdater = <T>(sessionKey: string, turn: DialogueTurn<T>) => Promise<T>;

interface VersionedDialogueOptions {
  readonly rows: DialogueRows;
  /** The sessions' database locks (Postgres advisory locks; PGlite: in-process only). */
  readonly locks: KeyLocks<KalliopeSchema>;
  /** Other instances may write the dialogues (Postgres): a kept state is checked by version before it is used. */
  readonly shared: boolean;
}

/** Dialogues kept in memory per instance (least recently used dropped first). */
const KEPT_DIALOGUES = 20_000;
/**
 * Runs of a turn under the lock before giving up (503). Writers that have not conflicted take no lock, so each refused
 * locked run means another instance's write went through; the bound only stops a session that never stops changing.
 */
const LOCKED_ATTEMPTS = 64;

export function createVersionedDialogues({ rows, locks, shared }: VersionedDialogueOptions): DialogueUpdater {
  const queue = inProcessQueue();
  const kept = new Map<string, VersionedDialogue>();
  const keep = (key: string, dialogue: VersionedDialogue): void => {
    kept.delete(key);
    kept.set(key, dialogue);
    if (kept.size > KEPT_DIALOGUES) kept.delete(kept.keys().next().value as string);
  };
  const current = async (key: string): Promise<VersionedDialogue> => {
    const known = kept.get(key);
    if (known === undefined) return rows.read(key);
    return shared ? ((await rows.readIfChanged(key, known.version)) ?? known) : known;
  };
  /** One run of the turn from `start`; `stored` is false when another write came first. */
  async function attempt<T>(key: string, start: VersionedDialogue, turn: DialogueTurn<T>, db?: Db<KalliopeSchema>) {
    const next = await turn(start.state ?? initialKalliopeState());
    if (start.state !== undefined && isSameDialogue(start.state, next.state)) {
      keep(key, start);
      return { stored: true, result: next.result };
    }
    const version = await rows.write(key, next.state, start.version, db);
    if (version === undefined) kept.delete(key);
    else keep(key, { state: next.state, version });
    return { stored: version !== undefined, result: next.result };
  }
  const underLock = <T>(key: string, turn: DialogueTurn<T>): Promise<T> =>
    locks.run(`kalliope:dialog:${key}`, async (db) => {
      for (let tries = 1; ; tries += 1) {
        const again = await attempt(key, await rows.read(key, db), turn, db);
        if (again.stored) return again.result;
        if (tries >= LOCKED_ATTEMPTS) throw KALLIOPE_ERRORS.unavailable();
      }
    });
  return (key, turn) =>
    queue(key, async () => {
      try {
        const start = await current(key);
        if (!shared || start.state === undefined || isIdleDialogue(start.state)) {
          const first = await attempt(key, start, turn);
          if (first.stored) return first.result;
        }
        return await underLock(key, turn);
      } catch (error) {
        kept.delete(key);
        throw error;
      }
    });
}
