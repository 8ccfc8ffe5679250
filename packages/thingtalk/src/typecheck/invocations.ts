import type { ArgumentDef, FunctionDef, Invocation, Value } from '../ast/index.js';
import type { FunctionType } from '../schema/schemaRetriever.js';
import type { CheckContext } from './context.js';
import { checkInParams } from './inParams.js';
import type { AcceptedArg } from './inParams.js';
import type { Scope } from './scope.js';
import { wordsOf } from './scope.js';
import { deviceSlot } from './slots.js';
import type { SlotPath } from './slots.js';
import { locateTypeErrors, typeError } from './typeError.js';

function nlText(value: Value | undefined): string | null {
  return value?.type === 'String' ? value.value : null;
}

/** How a function argument appears in scope and in slots. */
export function argumentParam(fn: FunctionDef, arg: ArgumentDef, kind: string): AcceptedArg {
  return {
    type: arg.type,
    kind,
    channel: fn.name,
    canonical: nlText(arg.annotations.nl.canonical) ?? wordsOf(arg.name),
    prompt: nlText(arg.annotations.nl.prompt),
    direction: arg.direction === 'out' ? 'out' : 'in',
    required: arg.direction === 'in req',
  };
}

/** Finds the function, reporting `Class com.xkcd has no query nope` or `Class com.foo does not exist`. */
export function lookupFunction(ctx: CheckContext, kind: string, channel: string, functionType: FunctionType): FunctionDef {
  const fn = ctx.schemas.getFunction(kind, channel, functionType);
  if (fn !== undefined) return fn;
  if (ctx.schemas.getClass(kind) === undefined) typeError(`Class ${kind} does not exist`);
  return typeError(`Class ${kind} has no ${functionType} ${channel}`);
}

interface CheckedInvocation {
  readonly invocation: Invocation;
  readonly fn: FunctionDef;
  /** All arguments of the function (inputs and outputs). */
  readonly scope: Scope;
}

/** Checks `@kind.fn(params)`; `path` points at the invocation (its `selector` and `inParams` are below it). */
export function checkInvocation(
  ctx: CheckContext,
  invocation: Invocation,
  functionType: FunctionType,
  vars: Scope,
  path: SlotPath,
  provided: ReadonlySet<string> = new Set(),
): CheckedInvocation {
  const { selector, channel } = invocation;
  const fn = locateTypeErrors(invocation, () => lookupFunction(ctx, selector.kind, channel, functionType));
  if (selector.id === null) ctx.slots.push(deviceSlot(selector, channel, [...path, 'selector']));
  const accepted = new Map(fn.args.map((arg) => [arg.name, argumentParam(fn, arg, selector.kind)]));
  const owner = `@${selector.kind}.${channel}`;
  const inParams = checkInParams(ctx, owner, accepted, invocation.inParams, vars, [...path, 'inParams'], provided);
  return { invocation: { ...invocation, inParams }, fn, scope: accepted };
}
