// A program submitted whole (`/apps/create`, docs/protocols/almond.md §2.5): parsed and type-checked, every device
// chosen without asking as almond-cloud chooses them (the user's only device of a kind, a set-up-free kind added on
// first use) and made ready to run. Several devices of a kind, or none, is "must select a device for @kind".
import { describe, iterateSlots, parseProgram, selectDevice, typeCheck, type DeviceSlot, type Program, type SchemaRetriever } from '@parley/thingtalk';
import { errorMessage } from '../core/errorMessage.js';
import { chooseDevice, withAddedDevice } from './deviceChoice.js';
import { checkSelectedDevices, readyProgram, type DeviceScope, type ReadyProgram } from './readyProgram.js';

export type PreparedProgram =
  | {
      readonly ok: true;
      readonly ready: ReadyProgram;
      /** What the program does, in words. */
      readonly description: string;
      /** Set-up-free kinds to add before running it. */
      readonly add: readonly string[];
    }
  /** The program cannot run as written: `error` says why. */
  | { readonly ok: false; readonly error: string };

function firstDeviceSlot(program: Program, classes: SchemaRetriever): DeviceSlot | undefined {
  return iterateSlots(program, classes).find((slot): slot is DeviceSlot => slot.type === 'device');
}

export function prepareProgram(source: string, scope: DeviceScope): PreparedProgram {
  let program: Program;
  try {
    program = typeCheck(parseProgram(source), scope.classes);
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
  const selected = checkSelectedDevices(program, scope.devices, scope.catalog);
  if (!selected.ok) return selected;
  let devices = selected.devices;
  const add = [...selected.add];
  for (let slot = firstDeviceSlot(program, scope.classes); slot !== undefined; slot = firstDeviceSlot(program, scope.classes)) {
    const choice = chooseDevice(slot.kind, devices, scope.catalog);
    if (choice.type === 'use') {
      program = selectDevice(program, slot, choice.uniqueId);
    } else if (choice.type === 'add') {
      add.push(choice.kind);
      devices = withAddedDevice(devices, choice.kind);
      program = selectDevice(program, slot, choice.kind);
    } else {
      return { ok: false, error: `must select a device for @${slot.kind}` };
    }
  }
  const readiness = readyProgram(program, { ...scope, devices });
  if (!readiness.ok) return readiness;
  return { ok: true, ready: readiness.ready, description: describe(readiness.ready.program, scope.classes), add: [...add, ...readiness.add] };
}
