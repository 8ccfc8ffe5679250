// Session changes without a database lock: each instance keeps the sessions it wrote last (state and version) in
// memory, runs a change on that state and writes it naming the version it started from — one round trip when the
// session is not contended. If another instance wrote the session meanwhile the write fails; the session is then
// read again and the change run again. Changes of one session in this instance queue in memory.
import { inProcessQueue } from '@parley/storage';
import { serviceUnavailable } from '../http/ApiAiError.js';
import type { SessionStateJson } from './schema.js';
import type { SessionStore, VersionedSession } from './sessionStore.js';

/** What a change sees of its session: the state to start from, and where the new state goes. */
export interface SessionAccess {
  load(agentId: string, sessionId: string): Promise<SessionStateJson | undefined>;
  save(agentId: string, sessionId: string, state: SessionStateJson): Promise<void>;
}

export type SessionChanger = <T>(agentId: string, sessionId: string, change: (session: SessionAccess) => Promise<T>) => Promise<T>;

/** Sessions kept in memory per instance (least recently written dropped first). */
const CACHED_SESSIONS = 20_000;
/** Runs of a change before giving up when other instances keep writing the session. */
const ATTEMPTS = 5;

export function createVersionedSessions(store: SessionStore): SessionChanger {
  const queue = inProcessQueue();
  const known = new Map<string, VersionedSession>();
  const remember = (key: string, session: VersionedSession): void => {
    known.delete(key);
    known.set(key, session);
    if (known.size > CACHED_SESSIONS) known.delete(known.keys().next().value as string);
  };
  return (agentId, sessionId, change) => {
    const key = `${agentId}\u0000${sessionId}`;
    return queue(key, async () => {
      for (let attempt = 1; ; attempt += 1) {
        const current = known.get(key) ?? (await store.read(agentId, sessionId));
        let written: SessionStateJson | undefined;
        const result = await change({
          load: async () => current.state,
          save: async (_agentId, _sessionId, state) => {
            written = state;
          },
        });
        if (written === undefined) return result;
        const version = await store.write(agentId, sessionId, written, current.version);
        if (version !== undefined) {
          remember(key, { state: written, version });
          return result;
        }
        known.delete(key);
        if (attempt >= ATTEMPTS) throw serviceUnavailable('Service busy: other changes of this session keep arriving, retry later');
      }
    });
  };
}
