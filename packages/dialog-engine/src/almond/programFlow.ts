import { iterateSlots, parseProgram, print, selectDevice, typeCheck, type Program } from '@parley/thingtalk';
import type { AlmondStepContext, ConfiguredDevice } from './almondStepContext.js';
import { askDevice, askSlotValue, offerSlotOptions } from './askSlot.js';
import { chooseDevice, withAddedDevice } from './deviceChoice.js';
import { linkMessage } from './messages.js';
import { programInfo } from './programInfo.js';
import { readyProgram } from './readyProgram.js';
import { showAppResults } from './showResults.js';
import { describeForUser } from './userClock.js';
import type { RoundWriter } from './roundWriter.js';
import type { AlmondState, ProgramDraft, ProgramTask } from './state.js';
import { asking, idle } from './stateUpdates.js';

// Running a program (DA `legacy-dialogs/rule.js`, `device_choice.js`, `slot_filling.js`; docs/protocols/almond.md §4.4):
// confirm when not confident, fill the slots in order, confirm again, echo, create the app. Within a round the
// program goes from function to function as an AST; it is printed once, into the state the round ends in.

/** The task's program, type-checked again (`$?` where values are missing). */
export function taskProgram(task: ProgramTask, ctx: AlmondStepContext): Program {
  const checked = typeCheck(parseProgram(task.code), ctx.classes);
  if (checked.type !== 'Program') throw new TypeError('A program task holds a program');
  return checked;
}

function confirm(state: AlmondState, task: ProgramDraft, program: Program, phase: 'before' | 'after', ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  out.say(`Okay, so you want me to ${describeForUser(program, ctx)}. Is that right?`, task.info.icon);
  return asking(state, { ...task, code: print(program), step: { type: 'confirm', phase } }, 'yesno');
}

/**
 * Creates the app: "Okay, I'm going to …" first for safe actions and confident programs without slots. `devices`
 * are the user's with those this round adds. A program that cannot run (a device not configured, a value missing)
 * gets its error as the app's result would be shown.
 */
export function executeProgram(
  state: AlmondState,
  task: ProgramDraft,
  program: Program,
  devices: readonly ConfiguredDevice[],
  ctx: AlmondStepContext,
  out: RoundWriter,
): AlmondState {
  const { info } = task;
  const description = describeForUser(program, ctx);
  const echo = info.programType === 'safeAction' || (task.confident && info.programType === 'general' && !info.hasSlots);
  if (echo) out.say(`Okay, I'm going to ${description}.`, info.icon);
  const appId = `uuid-${ctx.uuid()}`;
  const readiness = readyProgram(program, { classes: ctx.classes, devices, catalog: ctx.catalog });
  const code = readiness.ok ? readiness.ready.code : print(program);
  const running: AlmondState = { ...idle(state), task: { ...task, code, step: { type: 'running', appId, echo } }, currentAppId: appId };
  if (!readiness.ok) return showAppResults(running, [{ error: readiness.error }], { hasResult: info.hasResult, echo, icon: info.icon }, out);
  for (const kind of readiness.add) out.effect({ kind: 'add-device', deviceKind: kind, uniqueId: kind });
  const { ready } = readiness;
  out.effect({ kind: 'execute', appId, code, program: ready.program, description, icon: info.icon, iconKind: ready.iconKind, longRunning: ready.longRunning });
  return running;
}

/** Fills the remaining slots in order, asking where it must; executes (after a second confirmation) when none remain. */
export function continueProgram(state: AlmondState, task: ProgramDraft, start: Program, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  let program = start;
  let devices = ctx.devices;
  // Every pass fills one device slot without asking; a program has finitely many.
  for (let remaining = iterateSlots(program, ctx.classes); ; remaining = iterateSlots(program, ctx.classes)) {
    const slot = remaining[0];
    if (slot === undefined) break;
    if (slot.type === 'value') {
      return slot.options.length > 0 ? offerSlotOptions(state, task, program, slot, ctx, out) : askSlotValue(state, task, program, slot, out);
    }
    const choice = chooseDevice(slot.kind, devices, ctx.catalog);
    if (choice.type === 'ask') return askDevice(state, task, program, slot.kind, choice.devices, ctx, out);
    if (choice.type === 'missing') {
      out.say('Sorry, I did not understand that. You might need to enable a new skill before I understand that command.', task.info.icon);
      out.send(linkMessage('Configure a new skill', '/devices/create'));
      return idle(state);
    }
    if (choice.type === 'add') {
      out.effect({ kind: 'add-device', deviceKind: choice.kind, uniqueId: choice.kind });
      devices = withAddedDevice(devices, choice.kind);
    }
    program = selectDevice(program, slot, choice.type === 'use' ? choice.uniqueId : choice.kind);
  }
  if (task.info.programType === 'general' && task.info.hasSlots) return confirm(state, task, program, 'after', ctx, out);
  return executeProgram(state, task, program, devices, ctx, out);
}

/**
 * A new program from the user: confirmed first unless the agent is confident about it. Anonymous users may
 * only run single queries (DA `prepareProgram`).
 */
export function startProgram(state: AlmondState, program: Program, confident: boolean, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  const task: ProgramDraft = { kind: 'program', confident, info: programInfo(program, ctx.classes) };
  if (ctx.anonymous === true && task.info.programType !== 'query') {
    out.say('Sorry, to execute this command you must log in to your personal account.');
    out.send(linkMessage('Register for Almond', '/user/register'));
    return idle(state);
  }
  if (!confident) return confirm(state, task, program, 'before', ctx, out);
  return continueProgram(state, task, program, ctx, out);
}
