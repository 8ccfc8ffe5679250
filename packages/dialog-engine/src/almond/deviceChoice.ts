// Which device a primitive without one runs on (docs/protocols/almond.md §2.5, §4.4; DA `device_choice.js`): the
// user's only device of the kind, a set-up-free kind added on first use, else a question or nothing to run on. The
// agent's slot filling and `prepareProgram` (programs submitted whole) decide it here; the app only adds devices.
import type { CatalogKind, ConfiguredDevice } from './almondStepContext.js';

type DeviceChoice =
  | { readonly type: 'use'; readonly uniqueId: string }
  /** A set-up-free kind the user has no device of: add it (its one device's uniqueId is the kind) and use it. */
  | { readonly type: 'add'; readonly kind: string }
  /** Several devices of the kind: the user picks one. */
  | { readonly type: 'ask'; readonly devices: readonly ConfiguredDevice[] }
  /** None, and the kind needs setting up first. */
  | { readonly type: 'missing' };

export function isSetUpFree(kind: string, catalog: readonly CatalogKind[]): boolean {
  return catalog.some((entry) => entry.kind === kind && entry.setup === 'none');
}

export function chooseDevice(kind: string, devices: readonly ConfiguredDevice[], catalog: readonly CatalogKind[]): DeviceChoice {
  const mine = devices.filter((device) => device.kind === kind);
  const [single] = mine;
  if (mine.length > 1) return { type: 'ask', devices: mine };
  if (single !== undefined) return { type: 'use', uniqueId: single.uniqueId };
  return isSetUpFree(kind, catalog) ? { type: 'add', kind } : { type: 'missing' };
}

/** The devices once a set-up-free kind is added (for the next choices of the same program). */
export function withAddedDevice(devices: readonly ConfiguredDevice[], kind: string): ConfiguredDevice[] {
  return [...devices, { uniqueId: kind, kind, name: kind }];
}
