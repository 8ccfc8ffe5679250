import { fillSlot, iterateSlots, selectDevice, type Value, type ValueSlot } from '@parley/thingtalk';
import type { AlmondIntent } from './almondIntent.js';
import type { AlmondStepContext } from './almondStepContext.js';
import { askSlotValue } from './askSlot.js';
import { continueProgram, executeProgram, taskProgram } from './programFlow.js';
import type { RoundWriter } from './roundWriter.js';
import { coerceAnswer } from './slotValues.js';
import type { AlmondState, ProgramTask } from './state.js';
import { idle } from './stateUpdates.js';
import { RESET } from './wording.js';

function yesNo(intent: AlmondIntent): boolean | null {
  if (intent.type !== 'special') return null;
  return intent.name === 'yes' ? true : intent.name === 'no' ? false : null;
}

/** The value an intent gives the slot being asked, or null when it is not an answer to it. */
function slotAnswer(intent: AlmondIntent, slot: ValueSlot): Value | null {
  const type = slot.valueType;
  if (type.kind === 'Boolean') {
    const answer = yesNo(intent);
    if (answer !== null) return { type: 'Boolean', value: answer };
  }
  if (type.kind === 'Enum' && intent.type === 'choice') {
    const entry = type.entries[intent.index];
    return entry === undefined ? null : { type: 'Enum', value: entry };
  }
  return intent.type === 'answer' ? coerceAnswer(intent.value, type) : null;
}

/**
 * Gives the pending question of a program task its answer (the dispatcher has checked yes/no questions get
 * yes/no and choices a valid index). Null when the intent does not answer it ("that's not what I asked").
 */
export function answerProgram(
  state: AlmondState,
  task: ProgramTask,
  intent: AlmondIntent,
  ctx: AlmondStepContext,
  out: RoundWriter,
): AlmondState | null {
  const program = taskProgram(task, ctx);
  const step = task.step;
  if (step.type === 'confirm') {
    const answer = yesNo(intent);
    if (answer === null) return null;
    if (!answer) {
      out.say(RESET, task.info.icon);
      return idle(state);
    }
    return step.phase === 'before' ? continueProgram(state, task, program, ctx, out) : executeProgram(state, task, program, ctx.devices, ctx, out);
  }
  const slot = iterateSlots(program, ctx.classes)[0];
  if (slot === undefined || step.type === 'running') return null;
  if (step.type === 'device') {
    const deviceId = intent.type === 'choice' ? step.deviceIds[intent.index] : undefined;
    if (slot.type !== 'device' || deviceId === undefined) return null;
    return continueProgram(state, task, selectDevice(program, slot, deviceId), ctx, out);
  }
  if (slot.type !== 'value') return null;
  if (step.type === 'option') {
    if (intent.type !== 'choice') return null;
    const option = slot.options[intent.index];
    if (option === undefined) return askSlotValue(state, task, program, slot, out);
    return continueProgram(state, task, fillSlot(program, slot, option.value), ctx, out);
  }
  const value = slotAnswer(intent, slot);
  return value === null ? null : continueProgram(state, task, fillSlot(program, slot, value), ctx, out);
}
