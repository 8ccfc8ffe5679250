// Turns submitted ThingTalk into a program ready to run for a user (docs/protocols/almond.md §2.5): parsed, type-checked
// complete, every device selected as almond-cloud selects them — a builtin kind or the user's only device of a kind
// without asking, a set-up-free kind added on first use; none configured (or several) is 400 "must select a device".
import {
  describe,
  iterateSlots,
  parseProgram,
  print,
  selectDevice,
  typeCheck,
  type DeviceSlot,
  type Program,
} from '@parley/thingtalk';
import { isLongRunning } from '@parley/thingtalk/runtime';
import type { DeviceStore } from '../devices/deviceStore.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { deviceSelectors } from './deviceSelectors.js';

export interface PreparedProgram {
  program: Program;
  /** Canonical ThingTalk. */
  code: string;
  description: string;
  /** The kind whose icon stands for the program (its first non-builtin device), or null. */
  iconKind: string | null;
  longRunning: boolean;
}

/** A program the user cannot run as written: answered 400 `{error: message}`. */
export class ProgramError extends Error {}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstDeviceSlot(program: Program, catalog: ThingpediaCatalog): DeviceSlot | undefined {
  return iterateSlots(program, catalog.schemas).find((slot): slot is DeviceSlot => slot.type === 'device');
}

export async function prepareProgram(source: string, userId: string, catalog: ThingpediaCatalog, devices: DeviceStore): Promise<PreparedProgram> {
  let program: Program;
  try {
    program = typeCheck(parseProgram(source), catalog.schemas);
  } catch (error) {
    throw new ProgramError(errorMessage(error));
  }
  const configured = await devices.list(userId);
  for (const selector of deviceSelectors(program)) {
    const entry = catalog.get(selector.kind);
    if (entry?.setup === 'builtin' || selector.id === null) continue;
    if (configured.some((device) => device.uniqueId === selector.id)) continue;
    if (entry?.setup === 'none' && selector.id === selector.kind) configured.push(await devices.add(userId, selector.kind));
    else throw new ProgramError(`Device ${selector.id} is not configured`);
  }
  for (let slot = firstDeviceSlot(program, catalog); slot !== undefined; slot = firstDeviceSlot(program, catalog)) {
    const mine = configured.filter((device) => device.kind === slot?.kind);
    const [only] = mine;
    if (mine.length === 0 && catalog.get(slot.kind)?.setup === 'none') {
      const added = await devices.add(userId, slot.kind);
      configured.push(added);
      program = selectDevice(program, slot, added.uniqueId);
    } else if (mine.length === 1 && only !== undefined) {
      program = selectDevice(program, slot, only.uniqueId);
    } else {
      throw new ProgramError(`must select a device for @${slot.kind}`);
    }
  }
  const selectors = deviceSelectors(program);
  try {
    program = typeCheck(program, catalog.schemas, { requireComplete: true });
  } catch (error) {
    throw new ProgramError(errorMessage(error));
  }
  const primary = selectors.find((selector) => catalog.get(selector.kind)?.setup !== 'builtin') ?? selectors[0];
  return {
    program,
    code: print(program),
    description: describe(program, catalog.schemas),
    iconKind: primary?.kind ?? null,
    longRunning: isLongRunning(program),
  };
}
