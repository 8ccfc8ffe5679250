// Where an embedded agent keeps each session's dialog state (contexts, session entities, slot filling): plain JSON
// per `sessionId`. In memory by default; a database table (such as the api.ai app's sessions table of
// @parley/storage) implements the same two functions.
import type { ApiaiSessionState } from '@parley/dialog-engine';

export interface SessionStorage {
  /** The session's state as last saved, or undefined for a new session. */
  load(sessionId: string): Promise<ApiaiSessionState | undefined>;
  save(sessionId: string, state: ApiaiSessionState): Promise<void>;
}

/** Sessions in a Map of this process (lost when it ends). */
export function memorySessionStorage(): SessionStorage {
  const states = new Map<string, ApiaiSessionState>();
  return {
    load: (sessionId) => Promise.resolve(states.get(sessionId)),
    save(sessionId, state) {
      states.set(sessionId, state);
      return Promise.resolve();
    },
  };
}
