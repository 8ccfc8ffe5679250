import { isDeepStrictEqual } from 'node:util';
import { initialKalliopeState, type KalliopeState } from '@parley/dialog-engine';

const noLiveRun = (state: KalliopeState) => state.runs.length === 0 && state.lifo.length === 0 && state.request === null;

const STATE_FIELDS = Object.keys(initialKalliopeState()).length;

/** The state has the reducer's fields and no others (a stored row could, in principle, carry more). */
const hasOnlyStateFields = (state: KalliopeState) => Object.keys(state).length === STATE_FIELDS && Object.hasOwn(state, 'nextRunId');

/** No run is live and no question waits: the next order starts afresh (only the memory carries over). */
export function isIdleDialogue(state: KalliopeState): boolean {
  return noLiveRun(state) && !state.waitingForAnswer;
}

/**
 * Whether saving `next` in place of `stored` would change what the session's next turn sees. Run ids only name the
 * live runs (those the LIFO or a pending request refers to); once none is left, `nextRunId` names nothing, so an order
 * that only advanced it (e.g. the same order again) leaves the dialogue as it was and needs no write. The reducer hands
 * back the stored memory object when no entry of it changed (`stepKalliope`), so that case needs no deep compare.
 */
export function isSameDialogue(stored: KalliopeState, next: KalliopeState): boolean {
  if (!noLiveRun(stored) || !noLiveRun(next)) return isDeepStrictEqual(stored, next);
  if (stored.memory === next.memory && stored.waitingForAnswer === next.waitingForAnswer && hasOnlyStateFields(stored) && hasOnlyStateFields(next)) {
    return true;
  }
  return isDeepStrictEqual({ ...stored, nextRunId: 0 }, { ...next, nextRunId: 0 });
}
