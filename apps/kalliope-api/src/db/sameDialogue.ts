import { isDeepStrictEqual } from 'node:util';
import type { KalliopeState } from '@parley/dialog-engine';

const noLiveRun = (state: KalliopeState) => state.runs.length === 0 && state.lifo.length === 0 && state.request === null;

/** No run is live and no question waits: the next order starts afresh (only the memory carries over). */
export function isIdleDialogue(state: KalliopeState): boolean {
  return noLiveRun(state) && !state.waitingForAnswer;
}

/**
 * Whether saving `next` in place of `stored` would change what the session's next turn sees. Run ids only name the
 * live runs (those the LIFO or a pending request refers to); once none is left, `nextRunId` names nothing, so an order
 * that only advanced it (e.g. the same order again) leaves the dialogue as it was and needs no write.
 */
export function isSameDialogue(stored: KalliopeState, next: KalliopeState): boolean {
  if (noLiveRun(stored) && noLiveRun(next)) return isDeepStrictEqual({ ...stored, nextRunId: 0 }, { ...next, nextRunId: 0 });
  return isDeepStrictEqual(stored, next);
}
