import type { AlmondIntent } from './almondIntent.js';
import type { AlmondStepContext } from './almondStepContext.js';
import { answerProgram } from './answerProgram.js';
import { navigateHelp, showCategories, showCommands } from './help.js';
import { candidateIntent } from './interpretInput.js';
import { expectingName, lookingFor, resendChoices } from './lookingFor.js';
import { startProgram } from './programFlow.js';
import type { RoundWriter } from './roundWriter.js';
import { showResultPage } from './showResults.js';
import type { AlmondState, AlmondTask } from './state.js';
import { activeTask, idle } from './stateUpdates.js';
import { answerTrain, offerReadings, startTrain } from './train.js';
import { FAILED_DEFAULT, RESET } from './wording.js';

// The generic input handling of docs/protocols/almond.md §4.3 (DA `dialogue_loop.js`, `dispatcher.js`,
// `policies/legacy.js`, `dialogs/default.js`): the default state, and inputs while a question is pending.

function handleDefaultSpecial(state: AlmondState, name: string, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  switch (name) {
    case 'yes':
      out.say('I agree, but to what?');
      return state;
    case 'no':
      out.say('No way!');
      return state;
    case 'nevermind':
      out.say(RESET);
      return state;
    case 'stop':
    case 'wakeup':
      return state;
    case 'help':
    case 'makerule':
      return showCategories(state, out);
    case 'debug':
      out.say("I'm in the default state");
      return state;
    case 'train':
      return startTrain(state, ctx, out);
    default:
      out.say(FAILED_DEFAULT);
      return state;
  }
}

function handleDefault(current: AlmondState, intent: AlmondIntent, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  const state = idle(current);
  switch (intent.type) {
    case 'failed':
      out.say(intent.error === null ? FAILED_DEFAULT : `Sorry, I did not understand that: ${intent.error}. Can you rephrase it?`);
      return state;
    case 'unsupported':
      out.say(intent.text);
      return state;
    case 'program':
      return startProgram(state, intent.program, intent.confident, ctx, out);
    case 'clarify':
      return offerReadings(state, intent.utterance, intent.candidates, true, ctx, out);
    case 'commands':
      return showCommands(state, intent.category, intent.device, ctx, out);
    case 'answer':
    case 'choice':
      out.say(FAILED_DEFAULT);
      return state;
    case 'special':
      return handleDefaultSpecial(state, intent.name, ctx, out);
  }
}

function unexpected(state: AlmondState, out: RoundWriter): AlmondState {
  out.say("Sorry, but that's not what I asked.");
  lookingFor(state, out);
  return state;
}

/** Gives the task's question its answer; an answer it cannot use is "not what I asked". */
function answerTask(state: AlmondState, task: AlmondTask, intent: AlmondIntent, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  if (task.kind === 'program') return answerProgram(state, task, intent, ctx, out) ?? unexpected(state, out);
  if (task.kind !== 'train') return unexpected(state, out);
  const answered = answerTrain(state, task, intent, ctx, out);
  if (answered === null) return unexpected(state, out);
  const chosen = answered.chosen === null ? null : candidateIntent(answered.chosen, ctx, true);
  return chosen === null ? answered.state : handleDefault(answered.state, chosen, ctx, out);
}

function handleSpecial(state: AlmondState, task: AlmondTask, name: string, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  switch (name) {
    case 'nevermind':
      out.say(RESET);
      return idle(state);
    case 'stop':
      return idle(state);
    case 'yes':
    case 'no':
      if (state.expecting === 'yesno') return answerTask(state, task, { type: 'special', name }, ctx, out);
      if (name === 'no') return handleSpecial(state, task, 'nevermind', ctx, out);
      out.say('Yes what?');
      return state;
    case 'help':
      lookingFor(state, out);
      return state;
    case 'makerule':
      return showCategories(state, out);
    case 'debug':
      out.say(`I'm expecting a ${expectingName(state)}`);
      return state;
    case 'wakeup':
      return state;
    case 'train':
      return handleDefault(state, { type: 'special', name }, ctx, out);
    default: {
      if (task.kind === 'results' && name === 'more') return showResultPage(state, task.remaining, task.icon, out);
      const navigated = task.kind === 'help' ? navigateHelp(state, task, name, ctx, out) : null;
      return navigated ?? unexpected(state, out);
    }
  }
}

function handleExpecting(state: AlmondState, task: AlmondTask, intent: AlmondIntent, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  switch (intent.type) {
    case 'failed':
      out.say(intent.error === null ? 'Sorry, I did not understand that.' : `Sorry, I did not understand that: ${intent.error}.`);
      lookingFor(state, out);
      return state;
    case 'program':
    case 'clarify':
    case 'unsupported':
      return handleDefault(state, intent, ctx, out);
    case 'commands':
      return handleDefault(state, intent, ctx, out);
    case 'special':
      return handleSpecial(state, task, intent.name, ctx, out);
    case 'choice':
      if (state.expecting !== 'choice') return unexpected(state, out);
      if (intent.index < 0 || intent.index >= state.choices.length) {
        out.say('Please click on one of the provided choices.');
        resendChoices(state, out);
        return state;
      }
      return answerTask(state, task, intent, ctx, out);
    case 'answer':
      return answerTask(state, task, intent, ctx, out);
  }
}

/** One user intent: handled in the default state, or as the answer to (or an interruption of) the pending task. */
export function handleIntent(state: AlmondState, intent: AlmondIntent, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  const task = activeTask(state);
  return task === null ? handleDefault(state, intent, ctx, out) : handleExpecting(state, task, intent, ctx, out);
}
