import type { RunResponse } from '../runResponse.js';
import type { KalliopeState } from '../state.js';
import type { KalliopeDialogues } from './dialogues.js';
import type { KalliopeTurn } from './runTurn.js';

/** The answer to one request: the Kalliope REST response, and whether a synapse matched the order. */
export interface KalliopeAnswer {
  readonly response: RunResponse;
  readonly orderFound: boolean;
}

/**
 * Runs one request (`run`: `runKalliopeTurn` with the caller's effects) in a session's stored dialogue; undefined
 * when it has no answer (a `run_synapse` of a synapse the brain does not have).
 */
export function answerInSession(
  dialogues: KalliopeDialogues,
  sessionKey: string,
  run: (state: KalliopeState) => Promise<KalliopeTurn>,
): Promise<KalliopeAnswer | undefined> {
  return dialogues.updateDialog(sessionKey, async (state) => {
    const turn = await run(state);
    const output = turn.outputs.find((candidate) => candidate.kind === 'run_response');
    return { state: turn.state, result: output === undefined ? undefined : { response: output.response, orderFound: output.orderFound } };
  });
}

/** What `POST /synapses/start/order` answers when the request produced no response (an empty order). */
export function unansweredOrder(order: string | null): RunResponse {
  return { user_order: order, matched_synapses: [], status: null };
}

