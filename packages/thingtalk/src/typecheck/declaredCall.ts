import type { InputParam } from '../ast/index.js';
import type { CheckContext, DeclaredFunction } from './context.js';
import { checkInParams } from './inParams.js';
import type { AcceptedArg } from './inParams.js';
import type { Scope } from './scope.js';
import { localParam, mergeScopes } from './scope.js';
import type { SlotPath } from './slots.js';
import { typeError } from './typeError.js';

/** Checks `name(p=v)` calling a `let` declaration of the given kind; returns the checked params and its scope. */
export function checkDeclaredCall(
  ctx: CheckContext,
  name: string,
  expected: DeclaredFunction['kind'][],
  inParams: readonly InputParam[],
  vars: Scope,
  path: SlotPath,
): { inParams: InputParam[]; declaration: DeclaredFunction; scope: Scope } {
  const declaration = ctx.declarations.get(name);
  if (declaration === undefined) typeError(`${name} is not declared`);
  if (!expected.includes(declaration.kind)) typeError(`${name} is a ${declaration.kind}, not a ${expected.join(' or ')}`);
  const accepted = new Map<string, AcceptedArg>(
    declaration.args.map((arg) => [arg.name, { ...localParam(arg.name, arg.type, 'in'), required: true }]),
  );
  const checked = checkInParams(ctx, name, accepted, inParams, vars, [...path, 'inParams'], new Set());
  return { inParams: checked, declaration, scope: mergeScopes(accepted, declaration.scope) };
}
