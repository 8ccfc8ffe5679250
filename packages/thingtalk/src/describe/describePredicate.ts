// Filters in English (TT `describe.js` describeFilter / _describeOperator, 1.10 wording).
import type { ArgumentDef, Predicate, TypeRef } from '../ast/index.js';
import { argumentCanonical, functionOf, type DescribeContext } from './describeContext.js';
import { describeInvocation } from './describeInvocation.js';
import { describeValue, type DescribeScope } from './describeValue.js';

function isTemporal(type: TypeRef | undefined): boolean {
  return type?.kind === 'Date' || type?.kind === 'Time';
}

/** "the title contains “lol”", "the file size is greater than or equal to 10 KB", with `negate` for `!`. */
export function describeOperator(
  canonical: string,
  operator: string,
  value: string,
  negate: boolean,
  type: TypeRef | undefined,
): string {
  const op = operator.replace(/~/g, '') === 'contains' || operator.replace(/~/g, '') === 'in_array' ? operator.replace(/~/g, '') : operator;
  switch (op) {
    case 'contains':
      return negate ? `the ${canonical} do not contain ${value}` : `the ${canonical} contain ${value}`;
    case '=~':
    case 'substr':
      return negate ? `the ${canonical} does not contain ${value}` : `the ${canonical} contains ${value}`;
    case 'in_array':
      return negate ? `the ${canonical} is none of ${value}` : `the ${canonical} is any of ${value}`;
    case '~=':
      return negate ? `the ${canonical} is not contained in ${value}` : `the ${canonical} is contained in ${value}`;
    case 'starts_with':
      return negate ? `the ${canonical} does not start with ${value}` : `the ${canonical} starts with ${value}`;
    case 'ends_with':
      return negate ? `the ${canonical} does not end with ${value}` : `the ${canonical} ends with ${value}`;
    case 'prefix_of':
      return negate ? `the ${canonical} is not a prefix of ${value}` : `the ${canonical} is a prefix of ${value}`;
    case 'suffix_of':
      return negate ? `the ${canonical} is not a suffix of ${value}` : `the ${canonical} is a suffix of ${value}`;
    case '==':
      return negate ? `the ${canonical} is not equal to ${value}` : `the ${canonical} is equal to ${value}`;
    case '!=':
      return negate ? `the ${canonical} is equal to ${value}` : `the ${canonical} is not equal to ${value}`;
    case '<=':
      if (isTemporal(type)) return negate ? `the ${canonical} is after ${value}` : `the ${canonical} is before ${value}`;
      return negate ? `the ${canonical} is greater than ${value}` : `the ${canonical} is less than or equal to ${value}`;
    case '>=':
      if (isTemporal(type)) return negate ? `the ${canonical} is before ${value}` : `the ${canonical} is after ${value}`;
      return negate ? `the ${canonical} is less than ${value}` : `the ${canonical} is greater than or equal to ${value}`;
    case '<':
      return negate ? `the ${canonical} is greater than or equal to ${value}` : `the ${canonical} is less than ${value}`;
    case '>':
      return negate ? `the ${canonical} is less than or equal to ${value}` : `the ${canonical} is greater than ${value}`;
    default:
      throw new TypeError(`Invalid operator ${operator}`);
  }
}

type Args = ReadonlyMap<string, ArgumentDef>;

function describeAtom(
  ctx: DescribeContext,
  predicate: Extract<Predicate, { type: 'Atom' }>,
  args: Args,
  scope: DescribeScope,
  negate: boolean,
  overrides: DescribeScope,
): string {
  const canonical = overrides[predicate.name] ?? (args.has(predicate.name) ? argumentCanonical(args, predicate.name) : scope[predicate.name] ?? argumentCanonical(args, predicate.name));
  const value = describeValue(predicate.value, scope, ctx.options);
  return describeOperator(canonical, predicate.operator, value, negate, args.get(predicate.name)?.type);
}

const BUILTIN = 'org.thingpedia.builtin.thingengine.builtin';

function describeExternal(ctx: DescribeContext, predicate: Extract<Predicate, { type: 'External' }>, scope: DescribeScope): string {
  const fn = functionOf(ctx, predicate, 'query');
  const args: Args = new Map((fn?.args ?? []).map((arg) => [arg.name, arg]));
  if (predicate.selector.kind === BUILTIN && predicate.channel === 'get_time')
    return describePredicate(ctx, predicate.filter, args, scope, { time: 'current time' });
  if (predicate.selector.kind === BUILTIN && predicate.channel === 'get_gps')
    return describePredicate(ctx, predicate.filter, args, scope, { location: 'my location' });
  const primitive = describeInvocation(ctx, predicate, scope, []);
  const inner = predicate.filter;
  if (inner.type === 'Atom')
    return describeOperator(`${inner.name} of ${primitive}`, inner.operator, describeValue(inner.value, scope, ctx.options), false, args.get(inner.name)?.type);
  if (inner.type === 'Not' && inner.expr.type === 'Atom')
    return describeOperator(`${inner.expr.name} of ${primitive}`, inner.expr.operator, describeValue(inner.expr.value, scope, ctx.options), true, args.get(inner.expr.name)?.type);
  return `for ${primitive}, ${describePredicate(ctx, inner, args, scope)}`;
}

export function describePredicate(
  ctx: DescribeContext,
  predicate: Predicate,
  args: Args,
  scope: DescribeScope = {},
  overrides: DescribeScope = {},
): string {
  const recurse = (inner: Predicate): string => describePredicate(ctx, inner, args, scope, overrides);
  switch (predicate.type) {
    case 'True':
      if (predicate.dontCare === undefined) return 'true';
      return `any value of ${overrides[predicate.dontCare] ?? (args.has(predicate.dontCare) ? argumentCanonical(args, predicate.dontCare) : scope[predicate.dontCare] ?? argumentCanonical(args, predicate.dontCare))} is acceptable`;
    case 'False':
      return 'false';
    case 'And':
      return predicate.operands.length === 0 ? 'true' : predicate.operands.map(recurse).join(' and ');
    case 'Or':
      return predicate.operands.length === 0 ? 'false' : predicate.operands.map(recurse).join(' or ');
    case 'Not':
      if (predicate.expr.type === 'Atom') return describeAtom(ctx, predicate.expr, args, scope, true, overrides);
      return `not ${recurse(predicate.expr)}`;
    case 'Atom':
      return describeAtom(ctx, predicate, args, scope, false, overrides);
    case 'External':
      return describeExternal(ctx, predicate, scope);
    case 'Compute':
      return describeOperator(
        describeValue(predicate.lhs, scope, ctx.options).replace(/^the /, ''),
        predicate.operator,
        describeValue(predicate.rhs, scope, ctx.options),
        false,
        undefined,
      );
  }
}
