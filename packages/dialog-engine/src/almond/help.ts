import type { AlmondStepContext, ExampleCommand } from './almondStepContext.js';
import { kindName } from './askSlot.js';
import { buttonMessage, specialButton } from './messages.js';
import type { RoundWriter } from './roundWriter.js';
import type { AlmondState, HelpTask } from './state.js';
import { asking, idle } from './stateUpdates.js';

// The help pages (DA `dialogs/make.js` getCategoryList, getDeviceList, getDeviceHelp): categories → the devices
// of a category → the example commands of a device, each page answered with a command (askSpecial `command`).

const CATEGORIES: readonly (readonly [string, string])[] = [
  ['media', 'Media (news, comics, meme, etc)'],
  ['social-network', 'Social Networks (facebook, twitter, etc)'],
  ['home', 'Home (camera, tv, etc)'],
  ['communication', 'Communication (phone, email, messenger, etc)'],
  ['service', 'Services (weather, calendar, todo list, etc)'],
  ['data-management', 'Data Management (cloud drives)'],
];

const EXAMPLES_PAGE_SIZE = 5;

export function exampleButton(example: ExampleCommand) {
  const json = { code: [...example.code], entities: { ...example.entities }, ...(example.id === undefined ? {} : { example_id: example.id }) };
  return buttonMessage(example.utterance, json);
}

export function showCategories(state: AlmondState, out: RoundWriter): AlmondState {
  out.say('Pick one from the following categories or simply type in.');
  for (const [category, title] of CATEGORIES) out.send(buttonMessage(title, { code: ['bookkeeping', 'category', category], entities: {} }));
  return asking(idle(state), { kind: 'help', category: null, device: null, page: 0 }, 'command');
}

function showDevices(state: AlmondState, category: string, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  out.say('Pick a command from the following devices');
  for (const entry of ctx.catalog.filter((kind) => kind.category === category)) {
    out.send(buttonMessage(entry.name, { code: ['bookkeeping', 'commands', category, `device:${entry.kind}`], entities: {} }));
  }
  out.send(specialButton('Back', 'back'));
  return asking(state, { kind: 'help', category, device: null, page: 0 }, 'command');
}

function showDeviceCommands(state: AlmondState, task: HelpTask & { device: string }, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  const examples = (ctx.examples ?? []).filter((example) => example.kind === task.device);
  if (examples.length === 0) {
    out.say(`Can't find a compatible command from ${kindName(task.device, ctx)}, choose another device`);
  } else {
    out.say('Pick a command below.');
    const start = task.page * EXAMPLES_PAGE_SIZE;
    for (const example of examples.slice(start, start + EXAMPLES_PAGE_SIZE)) out.send(exampleButton(example));
    if (examples.length > start + EXAMPLES_PAGE_SIZE) out.send(specialButton('More…', 'more'));
  }
  out.send(specialButton('Back', 'back'));
  return asking(state, task, 'command');
}

/** `bookkeeping category C` / `bookkeeping commands C device:K`: the devices of a category, the commands of a device. */
export function showCommands(state: AlmondState, category: string, device: string | null, ctx: AlmondStepContext, out: RoundWriter): AlmondState {
  if (device === null) return showDevices(state, category, ctx, out);
  return showDeviceCommands(state, { kind: 'help', category, device, page: 0 }, ctx, out);
}

/** `special:more` and `special:back` on a help page; null when the page has no such button. */
export function navigateHelp(state: AlmondState, task: HelpTask, special: string, ctx: AlmondStepContext, out: RoundWriter): AlmondState | null {
  const { category, device } = task;
  if (special === 'more' && device !== null) return showDeviceCommands(state, { ...task, device, page: task.page + 1 }, ctx, out);
  if (special !== 'back' || category === null) return null;
  if (device === null) return showCategories(state, out);
  if (task.page > 0) return showDeviceCommands(state, { ...task, device, page: task.page - 1 }, ctx, out);
  return showDevices(state, category, ctx, out);
}
