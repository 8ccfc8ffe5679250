import type { PermissionFunction, PermissionRule, Predicate } from '../ast/index.js';
import type { CheckContext } from './context.js';
import { argumentParam, lookupFunction } from './invocations.js';
import { checkPredicate } from './predicates.js';
import { EMPTY_SCOPE, localParam } from './scope.js';
import type { SlotPath } from './slots.js';

/** In a permission rule's principal, `source` is whoever runs the program. */
const PRINCIPAL_SCOPE = new Map([['source', localParam('source', { kind: 'Entity', entityType: 'tt:contact' })]]);

function checkFunction(ctx: CheckContext, f: PermissionFunction, functionType: 'query' | 'action', path: SlotPath): PermissionFunction {
  if (f.type !== 'Specified') return f;
  const fn = lookupFunction(ctx, f.kind, f.channel, functionType);
  const scope = new Map(fn.args.map((arg) => [arg.name, argumentParam(fn, arg, f.kind)]));
  const filter: Predicate = checkPredicate(ctx, f.filter, scope, EMPTY_SCOPE, [...path, 'filter']);
  return { ...f, filter };
}

/** Checks the principal predicate and both function sides of a permission rule. */
export function checkPermissionRule(ctx: CheckContext, r: PermissionRule): PermissionRule {
  return {
    ...r,
    principal: checkPredicate(ctx, r.principal, PRINCIPAL_SCOPE, EMPTY_SCOPE, ['principal']),
    query: checkFunction(ctx, r.query, 'query', ['query']),
    action: checkFunction(ctx, r.action, 'action', ['action']),
  };
}
