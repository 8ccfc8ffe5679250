// One query or action call in English: its `#_[confirmation]` with `$param`/`${param}` filled in, and the
// parameters it does not mention appended as "with X equal to v and Y equal to w" (TT `describe.js` describePrimitive).
import type { DeviceSelector, InputParam } from '../ast/index.js';
import { cleanKind, cleanName } from './cleanName.js';
import { argumentCanonical, nlString, type DescribeContext } from './describeContext.js';
import { describeValue, type DescribeScope } from './describeValue.js';

/** What describeInvocation needs: an invocation or an external predicate. */
interface CallSite {
  readonly selector: DeviceSelector;
  readonly channel: string;
  readonly inParams: readonly InputParam[];
}

function placeholder(name: string): RegExp {
  return new RegExp(`\\$(?:\\{${name}\\}|${name}(?![A-Za-z0-9_]))`);
}

function describeSelector(ctx: DescribeContext, selector: DeviceSelector): string {
  const classCanonical = nlString(ctx.classes.getClass(selector.kind), 'canonical') ?? cleanKind(selector.kind);
  const nameAttribute = selector.attributes.find((attribute) => attribute.name === 'name');
  const name = nameAttribute === undefined ? null : describeValue(nameAttribute.value, {}, ctx.options);
  const all = selector.attributes.some((attribute) => attribute.name === 'all' && attribute.value.type === 'Boolean' && attribute.value.value);
  const your = all ? 'all your' : 'your';
  return name === null ? `${your} ${classCanonical}` : `${your} ${name} ${classCanonical}`;
}

export function describeInvocation(
  ctx: DescribeContext,
  call: CallSite,
  scope: DescribeScope,
  extraInParams: readonly InputParam[],
  functionType?: 'query' | 'action',
): string {
  const fn = ctx.classes.getFunction(call.selector.kind, call.channel, functionType);
  const args = new Map((fn?.args ?? []).map((arg) => [arg.name, arg]));
  let confirm = nlString(fn, 'confirmation') ?? nlString(fn, 'canonical') ?? cleanName(call.channel);
  if (placeholder('__device').test(confirm)) confirm = confirm.replace(placeholder('__device'), describeSelector(ctx, call.selector));

  // Required parameters that are not written are slots still to fill: they read "____".
  const given = [...call.inParams, ...extraInParams];
  const missing: InputParam[] = [...args.values()]
    .filter((arg) => arg.direction === 'in req' && !given.some((param) => param.name === arg.name))
    .map((arg) => ({ name: arg.name, value: { type: 'Undefined', local: true } }));

  const extras: string[] = [];
  for (const param of [...given, ...missing]) {
    const value = describeValue(param.value, scope, ctx.options);
    const pattern = placeholder(param.name);
    if (pattern.test(confirm)) {
      confirm = confirm.replace(pattern, value);
      continue;
    }
    if (param.name.startsWith('__')) continue;
    if (param.value.type === 'Undefined' && args.get(param.name)?.direction === 'in req') continue;
    extras.push(`${argumentCanonical(args, param.name)} equal to ${value}`);
  }
  return extras.length === 0 ? confirm : `${confirm} with ${extras.join(' and ')}`;
}
