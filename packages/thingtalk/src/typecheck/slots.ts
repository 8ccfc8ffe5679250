import type { DeviceSelector, TypeRef, Value } from '../ast/index.js';
import { isAssignable } from './assignable.js';
import type { Scope, ScopeParam } from './scope.js';

/** Where a slot sits in the (type-checked) AST: property names and array indices from the root. */
export type SlotPath = readonly (string | number)[];

/** A primitive without a selected device (`@com.twitter.post` rather than `@com.twitter(id=…).post`). */
export interface DeviceSlot {
  readonly type: 'device';
  readonly kind: string;
  readonly channel: string;
  /** Path of the DeviceSelector. */
  readonly path: SlotPath;
}

/** An earlier output the dialog can offer for a value slot ("Use the title from Xkcd"). */
export interface SlotOption {
  readonly name: string;
  readonly kind: string | null;
  readonly channel: string | null;
  readonly canonical: string;
  /** The value to fill the slot with (a parameter reference). */
  readonly value: Value;
}

/** A `$?` the user still has to fill in. */
export interface ValueSlot {
  readonly type: 'value';
  /** The parameter (or `time`, `interval`, … for timers). */
  readonly name: string;
  readonly valueType: TypeRef;
  /** `#_[prompt]` of the argument, else "Please tell me the ${argCanonical}." */
  readonly prompt: string;
  readonly argCanonical: string;
  /** Where the value goes: a function input, a filter, or a stream/table operator argument. */
  readonly role: 'input' | 'filter' | 'operator';
  /** The primitive the parameter belongs to, when there is one. */
  readonly kind: string | null;
  readonly channel: string | null;
  /** Outputs of earlier primitives with a compatible type, first to last. */
  readonly options: readonly SlotOption[];
  /** Path of the `$?` value. */
  readonly path: SlotPath;
}

export type Slot = DeviceSlot | ValueSlot;

/** The default question for a value (thingtalk 1.x `lib/ast/slots.js`). */
function defaultPrompt(argCanonical: string): string {
  return `Please tell me the ${argCanonical}.`;
}

export function deviceSlot(selector: DeviceSelector, channel: string, path: SlotPath): DeviceSlot {
  return { type: 'device', kind: selector.kind, channel, path };
}

/** A value slot for `param` when `value` is `$?`, with the compatible outputs of `vars` as options. */
export function valueSlot(
  name: string,
  param: Pick<ScopeParam, 'type' | 'kind' | 'channel' | 'canonical' | 'prompt'>,
  role: ValueSlot['role'],
  vars: Scope,
  path: SlotPath,
): ValueSlot {
  const options: SlotOption[] = [];
  for (const [optionName, option] of vars) {
    if (option.direction !== 'out' || option.kind === null || !isAssignable(option.type, param.type)) continue;
    options.push({
      name: optionName,
      kind: option.kind,
      channel: option.channel,
      canonical: option.canonical,
      value: { type: 'VarRef', name: optionName },
    });
  }
  return {
    type: 'value',
    name,
    valueType: param.type,
    prompt: param.prompt ?? defaultPrompt(param.canonical),
    argCanonical: param.canonical,
    role,
    kind: param.kind,
    channel: param.channel,
    options,
    path,
  };
}

export function isSlotValue(v: Value): boolean {
  return v.type === 'Undefined' && v.local;
}
