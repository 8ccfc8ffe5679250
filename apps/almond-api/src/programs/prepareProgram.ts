// Turns submitted ThingTalk into a program ready to run for a user (reference/almond.md §2.5): parsed, type-checked
// complete, every device selected; set-up-free devices the program names are added to the user's devices.
import { describe, isLongRunning, parseProgram, print, typeCheck, type Program } from '@parley/thingtalk';
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

export async function prepareProgram(source: string, userId: string, catalog: ThingpediaCatalog, devices: DeviceStore): Promise<PreparedProgram> {
  let program: Program;
  try {
    program = typeCheck(parseProgram(source), catalog.schemas);
  } catch (error) {
    throw new ProgramError(errorMessage(error));
  }
  const selectors = deviceSelectors(program);
  const configured = await devices.list(userId);
  for (const selector of selectors) {
    const entry = catalog.get(selector.kind);
    if (entry?.setup === 'builtin') continue;
    if (selector.id === null) throw new ProgramError(`must select a device for @${selector.kind}`);
    if (configured.some((device) => device.uniqueId === selector.id)) continue;
    if (entry?.setup === 'none' && selector.id === selector.kind) await devices.add(userId, selector.kind);
    else throw new ProgramError(`Device ${selector.id} is not configured`);
  }
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
