import { print, type Program, type SlotOption, type ValueSlot } from '@parley/thingtalk';
import type { AlmondStepContext } from './almondStepContext.js';
import { choiceMessage } from './messages.js';
import type { RoundWriter } from './roundWriter.js';
import { askFor, enumTitle } from './slotValues.js';
import type { AlmondState, ProgramDraft, ProgramTask } from './state.js';
import { asking } from './stateUpdates.js';

/** The name of a device kind in messages: its catalog name, else the last part of the kind ("com.twitter" → "Twitter"). */
export function kindName(kind: string, ctx: AlmondStepContext): string {
  return ctx.catalog.find((entry) => entry.kind === kind)?.name ?? lastPartName(kind);
}

/** "com.twitter" → "Twitter": the name of a kind nothing names. */
export function lastPartName(kind: string): string {
  const last = kind.slice(kind.lastIndexOf('.') + 1).replace(/_/g, ' ');
  return last.charAt(0).toUpperCase() + last.slice(1);
}

function optionTitle(option: SlotOption, ctx: AlmondStepContext): string {
  return `Use the ${option.canonical} from ${option.kind === null ? 'the program' : kindName(option.kind, ctx)}`;
}

function sendChoices(titles: readonly string[], out: RoundWriter): void {
  titles.forEach((title, idx) => out.send(choiceMessage(idx, title)));
}

/** Asks the value of a slot with its prompt and the askSpecial its type calls for (DA slot filling). */
export function askSlotValue(state: AlmondState, task: ProgramDraft, program: Program, slot: ValueSlot, out: RoundWriter): AlmondState {
  const next: ProgramTask = { ...task, code: print(program), step: { type: 'value' } };
  out.say(slot.prompt, task.info.icon);
  const expecting = askFor(slot.valueType);
  if (slot.valueType.kind === 'Enum') {
    const titles = slot.valueType.entries.map(enumTitle);
    sendChoices(titles, out);
    return asking(state, next, 'choice', titles);
  }
  return asking(state, next, expecting, [], slot.valueType.kind === 'Measure' ? slot.valueType.unit : null);
}

/** Offers the compatible outputs of earlier primitives for a slot, then "None of above". */
export function offerSlotOptions(
  state: AlmondState,
  task: ProgramDraft,
  program: Program,
  slot: ValueSlot,
  ctx: AlmondStepContext,
  out: RoundWriter,
): AlmondState {
  const titles = [...slot.options.map((option) => optionTitle(option, ctx)), 'None of above'];
  out.say(slot.prompt, task.info.icon);
  sendChoices(titles, out);
  return asking(state, { ...task, code: print(program), step: { type: 'option' } }, 'choice', titles);
}

/** Asks which of several devices to use (DA `device_choice.js`). */
export function askDevice(
  state: AlmondState,
  task: ProgramDraft,
  program: Program,
  kind: string,
  devices: readonly { uniqueId: string; name: string }[],
  ctx: AlmondStepContext,
  out: RoundWriter,
): AlmondState {
  out.say(`You have multiple ${kindName(kind, ctx)} devices. Which one do you want to use?`, task.info.icon);
  const titles = devices.map((device) => device.name);
  sendChoices(titles, out);
  const step = { type: 'device' as const, deviceIds: devices.map((device) => device.uniqueId) };
  return asking(state, { ...task, code: print(program), step }, 'choice', titles);
}
