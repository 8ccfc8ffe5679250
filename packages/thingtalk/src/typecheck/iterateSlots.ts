import type { DeviceSelector, Input, Value } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import type { DeviceSlot, Slot, SlotPath, ValueSlot } from './slots.js';
import { checkInput } from './typeCheck.js';

/**
 * The slots the dialog still has to fill, in the order it asks them (thingtalk 1.x `iterateSlots2`): for
 * each primitive from left to right its device, then its `$?` inputs, then `$?` in filters on it.
 * Pass the result of `typeCheck` (paths refer to the completed program).
 */
export function iterateSlots(input: Input, schemas: SchemaRetriever): Slot[] {
  return checkInput(input, schemas).slots;
}

function setAtPath(node: unknown, path: SlotPath, replace: (old: unknown) => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replace(node);
  if (Array.isArray(node) && typeof key === 'number' && key < node.length) {
    const copy: unknown[] = [...node];
    copy[key] = setAtPath(node[key], rest, replace);
    return copy;
  }
  if (typeof node === 'object' && node !== null && typeof key === 'string' && Object.hasOwn(node, key)) {
    const record = node as Record<string, unknown>;
    return { ...record, [key]: setAtPath(record[key], rest, replace) };
  }
  throw new Error(`Slot path ${path.join('.')} does not exist in this program`);
}

/** A copy of the input with the slot's `$?` replaced by `value`. */
export function fillSlot<T extends Input>(input: T, slot: ValueSlot, value: Value): T {
  return setAtPath(input, slot.path, () => value) as T;
}

/** A copy of the input with the device selected for the slot's primitive. */
export function selectDevice<T extends Input>(input: T, slot: DeviceSlot, id: string): T {
  return setAtPath(input, slot.path, (old) => ({ ...(old as DeviceSelector), id })) as T;
}
