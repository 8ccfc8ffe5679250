// A program whose devices are all chosen, made ready to run (docs/protocols/almond.md §2.5): its explicitly selected
// devices checked against the user's (a set-up-free kind named by its own id is added, as almond-cloud does), then
// type-checked complete and printed once. The agent does this before `execute`, `prepareProgram` before `/apps/create`.
import { deviceSelectors, print, typeCheck, type Program, type SchemaRetriever } from '@parley/thingtalk';
import { isLongRunning } from '@parley/thingtalk/runtime';
import { errorMessage } from '../core/errorMessage.js';
import type { CatalogKind, ConfiguredDevice } from './almondStepContext.js';
import { isSetUpFree, withAddedDevice } from './deviceChoice.js';

export interface ReadyProgram {
  /** Complete and type-checked: what the executor runs. */
  readonly program: Program;
  /** Canonical ThingTalk: what a stored app keeps. */
  readonly code: string;
  /** The kind whose icon stands for the app (its first non-builtin device), or null. */
  readonly iconKind: string | null;
  /** Whether it has a stream: it keeps running and notifies later. */
  readonly longRunning: boolean;
}

/** What the user's devices and the catalog say of a program: the set-up-free kinds to add first, or why it cannot run. */
type DeviceCheck =
  | { readonly ok: true; readonly add: readonly string[]; readonly devices: readonly ConfiguredDevice[] }
  | { readonly ok: false; readonly error: string };

/** What a program is checked against: the class definitions, the user's devices and the catalog. */
export interface DeviceScope {
  readonly classes: SchemaRetriever;
  readonly devices: readonly ConfiguredDevice[];
  readonly catalog: readonly CatalogKind[];
}

export type Readiness =
  | { readonly ok: true; readonly ready: ReadyProgram; readonly add: readonly string[] }
  | { readonly ok: false; readonly error: string };

function setupOf(kind: string, catalog: readonly CatalogKind[]): CatalogKind['setup'] | undefined {
  return catalog.find((entry) => entry.kind === kind)?.setup;
}

/** The explicit device selectors (`@kind(id=…)`): each one the user's, builtin, or a set-up-free kind to add. */
export function checkSelectedDevices(program: Program, devices: readonly ConfiguredDevice[], catalog: readonly CatalogKind[]): DeviceCheck {
  let known = devices;
  const add: string[] = [];
  for (const selector of deviceSelectors(program)) {
    if (selector.id === null || setupOf(selector.kind, catalog) === 'builtin') continue;
    if (known.some((device) => device.uniqueId === selector.id)) continue;
    if (selector.id !== selector.kind || !isSetUpFree(selector.kind, catalog)) return { ok: false, error: `Device ${selector.id} is not configured` };
    add.push(selector.kind);
    known = withAddedDevice(known, selector.kind);
  }
  return { ok: true, add, devices: known };
}

/** Checks the selected devices and completes the program; errors are the messages the user is shown. */
export function readyProgram(program: Program, scope: DeviceScope): Readiness {
  const checked = checkSelectedDevices(program, scope.devices, scope.catalog);
  if (!checked.ok) return checked;
  const selectors = deviceSelectors(program);
  let complete: Program;
  try {
    complete = typeCheck(program, scope.classes, { requireComplete: true });
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
  const primary = selectors.find((selector) => setupOf(selector.kind, scope.catalog) !== 'builtin') ?? selectors[0];
  const ready: ReadyProgram = {
    program: complete,
    code: print(complete),
    iconKind: primary?.kind ?? null,
    longRunning: isLongRunning(complete),
  };
  return { ok: true, ready, add: checked.add };
}
