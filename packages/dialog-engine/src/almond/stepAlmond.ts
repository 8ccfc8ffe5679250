import { errorMessage } from '../core/errorMessage.js';
import type { Step } from '../core/step.js';
import type { AlmondEffect, AlmondInput } from './almondIo.js';
import type { AlmondStepContext } from './almondStepContext.js';
import { handleIntent } from './handleIntent.js';
import { interpretParsed, interpretText, interpretThingTalk, type Interpretation } from './interpretInput.js';
import { askSpecialMessage, textMessage, type AlmondOutput } from './messages.js';
import { RoundWriter } from './roundWriter.js';
import { showAppResults } from './showResults.js';
import { showNotification } from './showNotification.js';
import type { AlmondState } from './state.js';
import { idle } from './stateUpdates.js';
import { showWelcome } from './welcome.js';

function isRunning(state: AlmondState): boolean {
  return state.task?.kind === 'program' && state.task.step.type === 'running';
}

/** Ends the round with its one askSpecial, unless the agent waits for an app's results. */
function endRound(state: AlmondState, out: RoundWriter): void {
  if (!isRunning(state)) out.send(askSpecialMessage(state.expecting));
}

/** Back in the default state, the notifications that arrived during a task: one round each. */
function flushNotifications(state: AlmondState, out: RoundWriter): AlmondState {
  if (state.task !== null || state.queuedNotifications.length === 0) return state;
  for (const notification of state.queuedNotifications) {
    showNotification(state, notification, out);
    out.send(askSpecialMessage(null));
  }
  return { ...state, queuedNotifications: [] };
}

function userInput(state: AlmondState, interpretation: Interpretation, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  const { intent, command } = interpretation;
  const handled = handleIntent(state, intent, ctx, out);
  const isTrain = intent.type === 'special' && intent.name === 'train';
  const next = isTrain ? handled : { ...handled, lastCommand: command };
  endRound(next, out);
  return next;
}

function step(state: AlmondState, input: AlmondInput, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  switch (input.type) {
    case 'connect': {
      const next = idle(state);
      if (input.showWelcome) showWelcome(input.firstVisit, ctx, out);
      endRound(next, out);
      return next;
    }
    case 'command':
      return userInput(state, interpretText(input.text, state, ctx), ctx, out);
    case 'parsed':
      return userInput(state, interpretParsed(input.json, ctx), ctx, out);
    case 'tt':
      return userInput(state, interpretThingTalk(input.code, ctx), ctx, out);
    case 'app-results': {
      const task = state.task;
      if (task?.kind !== 'program' || task.step.type !== 'running' || task.step.appId !== input.appId) return state;
      const next = showAppResults(state, input.results, { hasResult: task.info.hasResult, echo: task.step.echo, icon: task.info.icon }, out);
      endRound(next, out);
      return next;
    }
    case 'notification':
      return { ...state, queuedNotifications: [...state.queuedNotifications, input] };
  }
}

/**
 * The Almond dialog agent (almond-dialog-agent 1.8, docs/protocols/almond.md §4): one call per input of a
 * conversation. Every round of messages ends with exactly one askSpecial; a step that starts an app ends
 * without one, and the round is completed by the `app-results` input the app sends for the `execute` effect.
 * It does not throw: an unexpected error takes the reference's top-level failure path (DA `lib/almond.js`), one
 * text "Sorry, I had an error processing your command: …" without askSpecial, and the default state.
 */
export function stepAlmond(state: AlmondState, input: AlmondInput, ctx: AlmondStepContext): Step<AlmondState, AlmondOutput, AlmondEffect> {
  const out = new RoundWriter();
  try {
    const next = flushNotifications(step(state, input, ctx, out), out);
    return { state: next, outputs: out.outputs, effects: out.effects };
  } catch (error) {
    return { state: idle(state), outputs: [textMessage(`Sorry, I had an error processing your command: ${errorMessage(error)}`)], effects: [] };
  }
}
