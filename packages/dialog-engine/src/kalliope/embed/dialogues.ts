import type { KalliopeState } from '../state.js';
import { initialKalliopeState } from '../state.js';

/** One turn of a session: the next state and what the caller gets. */
export type DialogueTurn<T> = (state: KalliopeState) => Promise<{ readonly state: KalliopeState; readonly result: T }>;

/**
 * Where the dialogue of each session key lives between requests. `updateDialog` gives the session's state (the
 * initial state for a new session) to `turn`, stores the state it returns and resolves to its result; turns of one
 * session must run one at a time. The server stores dialogues in PGlite or Postgres (apps/kalliope-api); the
 * embedding API keeps them in memory unless given another store.
 */
export interface KalliopeDialogues {
  updateDialog<T>(sessionKey: string, turn: DialogueTurn<T>): Promise<T>;
}

/** Dialogues in this process's memory, one turn at a time per session key. */
export function memoryDialogues(): KalliopeDialogues {
  const states = new Map<string, KalliopeState>();
  const tails = new Map<string, Promise<unknown>>();
  return {
    updateDialog<T>(sessionKey: string, turn: DialogueTurn<T>): Promise<T> {
      const run = async (): Promise<T> => {
        const next = await turn(states.get(sessionKey) ?? initialKalliopeState());
        states.set(sessionKey, next.state);
        return next.result;
      };
      const previous = tails.get(sessionKey) ?? Promise.resolve();
      const result = previous.then(run, run);
      const tail = result.catch(() => undefined);
      tails.set(sessionKey, tail);
      void tail.then(() => {
        if (tails.get(sessionKey) === tail) tails.delete(sessionKey);
      });
      return result;
    },
  };
}
