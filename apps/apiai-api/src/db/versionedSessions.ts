// Session changes without a database lock while a session is not contended: each instance keeps the sessions it
// read or wrote last (state and version) in memory, runs a change on that state and writes it naming the version it started
// from — one round trip. If another instance wrote the session meanwhile the write stores nothing; the change then
// runs again under the session's database lock (Postgres advisory lock, which other retrying instances take too) on
// the state read afresh. Changes of one session in this instance queue in memory. A change may name the agent
// revision its new state was computed with (`save`'s `agentRevision`): the write is then refused once the agent has
// changed too, and the change runs again told so (`fresh`), to read the agent afresh. A change that leaves the state
// as it was (`keep`) writes nothing; where other instances share the database, one read then checks that neither
// the session nor the agent revision it answered with changed meanwhile.
import { inProcessQueue } from '@parley/storage';
import { serviceUnavailable } from '../http/ApiAiError.js';
import type { SessionStateJson } from './schema.js';
import type { SessionStore, VersionedSession } from './sessionStore.js';

/** What a change sees of its session: the state to start from, and where the new state goes. */
export interface SessionAccess {
  /**
   * True when this run follows a refused write: the state was read afresh from the database (under the session's
   * lock), and whatever this instance keeps of the agent may be outdated too.
   */
  readonly fresh: boolean;
  load(agentId: string, sessionId: string): Promise<SessionStateJson | undefined>;
  /** `agentRevision`: the agent revision the state was computed with; the write is refused if the agent moved on. */
  save(agentId: string, sessionId: string, state: SessionStateJson, agentRevision?: number): Promise<void>;
  /** Nothing to store: the state stays as loaded. `agentRevision` as for `save`. */
  keep(agentRevision?: number): Promise<void>;
}

interface VersionedSessionOptions {
  /**
   * Other instances may write sessions and change agents (Postgres): a kept state's session version and agent
   * revision are checked with a read. Unset (PGlite, one process): this instance makes every change itself and
   * nothing is read.
   */
  checkKeptStates?: boolean;
}

export type SessionChanger = <T>(agentId: string, sessionId: string, change: (session: SessionAccess) => Promise<T>) => Promise<T>;

/** Runs `work` holding the database lock of the session `key`, with the store it must use. */
export type SessionLock = <T>(key: string, work: (store: SessionStore) => Promise<T>) => Promise<T>;

/** Sessions kept in memory per instance (least recently written dropped first). */
const CACHED_SESSIONS = 20_000;
/**
 * Runs of a change under the lock before giving up. Writers that have not conflicted yet take no lock, so each refused
 * locked run means another instance's write went through: with N requests of one session in flight elsewhere, up to N
 * runs can be refused in a row. The bound only stops a session that never stops receiving writes (503, retry later).
 */
const LOCKED_ATTEMPTS = 64;

export function createVersionedSessions(store: SessionStore, lock: SessionLock, options: VersionedSessionOptions = {}): SessionChanger {
  const queue = inProcessQueue();
  const known = new Map<string, VersionedSession>();
  const remember = (key: string, session: VersionedSession): void => {
    known.delete(key);
    known.set(key, session);
    if (known.size > CACHED_SESSIONS) known.delete(known.keys().next().value as string);
  };
  /** One run of the change on `current`; `written` tells whether its state (if any) was stored. */
  async function attempt<T>(
    on: SessionStore,
    key: string,
    ids: [string, string],
    current: VersionedSession,
    change: (session: SessionAccess) => Promise<T>,
    fresh: boolean,
  ): Promise<{ result: T; written: boolean }> {
    let saved: SessionStateJson | undefined;
    let savedAt: number | undefined;
    let keptAt: number | undefined;
    const result = await change({
      fresh,
      load: async () => current.state,
      save: async (_agentId, _sessionId, state, agentRevision) => {
        saved = state;
        savedAt = agentRevision;
      },
      keep: async (agentRevision) => {
        keptAt = agentRevision;
      },
    });
    if (saved === undefined) {
      const stillCurrent = options.checkKeptStates !== true || (await on.unchanged(...ids, current.version, keptAt));
      // The state read stays the one to start from (an absent row too: version 0), so the next change reads nothing.
      if (stillCurrent) remember(key, current);
      else known.delete(key);
      return { result, written: stillCurrent };
    }
    const version = await on.write(...ids, saved, current.version, savedAt);
    if (version === undefined) {
      known.delete(key);
      return { result, written: false };
    }
    remember(key, { state: saved, version });
    return { result, written: true };
  }
  return (agentId, sessionId, change) => {
    const key = `${agentId}:${sessionId}`;
    const ids: [string, string] = [agentId, sessionId];
    return queue(key, async () => {
      const first = await attempt(store, key, ids, known.get(key) ?? (await store.read(...ids)), change, false);
      if (first.written) return first.result;
      return lock(key, async (locked) => {
        for (let tries = 1; ; tries += 1) {
          const again = await attempt(locked, key, ids, await locked.read(...ids), change, true);
          if (again.written) return again.result;
          if (tries >= LOCKED_ATTEMPTS) throw serviceUnavailable('Service busy: other changes of this session keep arriving, retry later');
        }
      });
    });
  };
}
