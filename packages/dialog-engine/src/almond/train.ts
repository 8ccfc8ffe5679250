import { typeCheck } from '@parley/thingtalk';
import type { AlmondCandidate, AlmondStepContext } from './almondStepContext.js';
import type { AlmondIntent } from './almondIntent.js';
import { candidateInput } from './interpretInput.js';
import { choiceMessage } from './messages.js';
import type { RoundWriter } from './roundWriter.js';
import type { AlmondState, TrainTask } from './state.js';
import { asking, idle } from './stateUpdates.js';
import { describeForUser } from './userClock.js';
import { FAILED_DEFAULT, RESET } from './wording.js';

// `special:train` (DA `dialogs/fallback.js`): "Did you mean …?" over the candidates of the last command; the
// chosen one is learned (an effect) and then run. The agent asks the same on its own when a parse is unsure.

/** The candidate in words, or null when it does not parse or type-check. */
function canonical(candidate: AlmondCandidate, ctx: AlmondStepContext): string | null {
  try {
    const input = candidateInput(candidate, ctx)();
    return describeForUser(input.type === 'Program' ? typeCheck(input, ctx.classes) : input, ctx);
  } catch {
    return null;
  }
}

export function startTrain(state: AlmondState, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  const last = state.lastCommand;
  if (last === null) {
    out.say('Your last command was a button. I know what a button means. 😛');
    return idle(state);
  }
  return offerReadings(state, last.utterance, last.candidates, false, ctx, out);
}

/**
 * "Did you mean …?" (one reading, yes/no) or "Did you mean any of the following?" (choices and "none of the
 * above") over the distinct readings of a sentence; `clarify` when the agent asks on its own (an unsure parse).
 */
export function offerReadings(
  state: AlmondState,
  utterance: string,
  candidates: readonly AlmondCandidate[],
  clarify: boolean,
  ctx: AlmondStepContext,
  out: RoundWriter,
): AlmondState {
  const seen = new Set<string>();
  const offered: { candidate: AlmondCandidate; text: string }[] = [];
  for (const candidate of candidates) {
    const text = canonical(candidate, ctx);
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    offered.push({ candidate, text });
  }
  const [single] = offered;
  if (single === undefined) {
    out.say(FAILED_DEFAULT);
    return idle(state);
  }
  const task: TrainTask = { kind: 'train', utterance, candidates: offered.map(({ candidate }) => candidate), ...(clarify ? { clarify } : {}) };
  if (offered.length === 1) {
    out.say(`Did you mean ${single.text}?`);
    return asking(state, task, 'yesno');
  }
  const titles = [...offered.map(({ text }) => text), 'none of the above'];
  out.say('Did you mean any of the following?');
  titles.forEach((title, idx) => out.send(choiceMessage(idx, title)));
  return asking(state, task, 'choice', titles);
}

/** The train question answered: the chosen candidate (learned, to be run next), a reset, or null (not an answer). */
export function answerTrain(
  state: AlmondState,
  task: TrainTask,
  intent: AlmondIntent,
  ctx: AlmondStepContext,
  out: RoundWriter,
): { readonly state: AlmondState; readonly chosen: AlmondCandidate | null } | null {
  let chosen: AlmondCandidate | undefined;
  if (intent.type === 'special' && (intent.name === 'yes' || intent.name === 'no')) chosen = intent.name === 'yes' ? task.candidates[0] : undefined;
  else if (intent.type === 'choice') chosen = task.candidates[intent.index];
  else return null;
  if (chosen === undefined) {
    out.say(RESET);
    return { state: idle(state), chosen: null };
  }
  out.effect({ kind: 'learn', utterance: task.utterance, code: chosen.code, entities: chosen.entities ?? {} });
  if (task.clarify === true) return { state: idle(state), chosen };
  const trainedCount = state.trainedCount + 1;
  out.say('Thanks, I made a note of that.');
  out.say(`You have trained me with ${trainedCount} ${trainedCount === 1 ? 'sentence' : 'sentences'}.`);
  return { state: { ...idle(state), trainedCount }, chosen };
}
