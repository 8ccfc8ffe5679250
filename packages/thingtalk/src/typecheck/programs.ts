import type { Action, Command, Declaration, LambdaArg, OnInputChoice, Program, Rule, Statement, Table } from '../ast/index.js';
import { withClasses } from '../schema/withClasses.js';
import { checkAction } from './actions.js';
import { checkClass, checkType } from './classes.js';
import { typeError } from './typeError.js';
import type { CheckContext, DeclaredFunction } from './context.js';
import { EMPTY_SCOPE, localParam, mergeScopes } from './scope.js';
import type { Scope } from './scope.js';
import type { SlotPath } from './slots.js';
import { checkStream } from './streams.js';
import { checkTable } from './tables.js';

/** The lambda arguments of a declaration or example, as variables. */
export function argsScope(args: readonly LambdaArg[]): Scope {
  for (const arg of args) checkType(arg.type, `argument ${arg.name}`);
  return new Map(args.map((arg) => [arg.name, localParam(arg.name, arg.type, 'var')]));
}

/** `[T =>] actions`: the query, then the actions with its results in scope. */
function checkQueryThenActions(
  ctx: CheckContext,
  table: Table | null,
  actions: readonly Action[],
  vars: Scope,
  path: SlotPath,
): { table: Table | null; actions: Action[] } {
  const checked = table !== null ? checkTable(ctx, table, vars, [...path, 'table']) : null;
  const actionVars = checked !== null ? mergeScopes(vars, checked.scope) : vars;
  return {
    table: checked?.table ?? null,
    actions: actions.map((a, i) => checkAction(ctx, a, actionVars, checked !== null, [...path, 'actions', i])),
  };
}

export function checkRule(ctx: CheckContext, s: Command | Rule, vars: Scope, path: SlotPath): Command | Rule {
  switch (s.type) {
    case 'Command':
      return { ...s, ...checkQueryThenActions(ctx, s.table, s.actions, vars, path) };
    case 'Rule': {
      const stream = checkStream(ctx, s.stream, vars, [...path, 'stream']);
      const actionVars = mergeScopes(vars, stream.scope);
      return { ...s, stream: stream.stream, actions: s.actions.map((a, i) => checkAction(ctx, a, actionVars, true, [...path, 'actions', i])) };
    }
  }
}

function checkDeclaration(ctx: CheckContext, d: Declaration, vars: Scope, path: SlotPath): [Declaration, DeclaredFunction] {
  const bodyVars = mergeScopes(vars, argsScope(d.args));
  const valuePath = [...path, 'value'];
  const info = (scope: Scope, monitorable = false): DeclaredFunction => ({ kind: d.kind, args: d.args, scope, monitorable });
  switch (d.kind) {
    case 'stream': {
      const checked = checkStream(ctx, d.value, bodyVars, valuePath);
      return [{ ...d, value: checked.stream }, info(checked.scope)];
    }
    case 'query': {
      const checked = checkTable(ctx, d.value, bodyVars, valuePath);
      return [{ ...d, value: checked.table }, info(checked.scope, checked.monitorable)];
    }
    case 'action':
      return [{ ...d, value: checkAction(ctx, d.value, bodyVars, false, valuePath) }, info(EMPTY_SCOPE)];
    default:
      if (d.kind === 'procedure' && d.value.statements.some((s) => s.type === 'Rule')) {
        typeError(`Procedure ${d.name} cannot contain a rule: procedures run once, like commands`);
      }
      return [{ ...d, value: checkProgram(ctx, d.value, bodyVars, valuePath) }, info(EMPTY_SCOPE)];
  }
}

/** Checks a program: its own classes, then declarations in order, statements and oninput choices. */
export function checkProgram(outer: CheckContext, p: Program, vars: Scope, path: SlotPath): Program {
  p.classes.forEach(checkClass);
  const declared = new Map(outer.declarations);
  const ctx: CheckContext = { schemas: withClasses(outer.schemas, p.classes), declarations: declared, slots: outer.slots };
  const declarations = p.declarations.map((d, i) => {
    const [checked, info] = checkDeclaration(ctx, d, vars, [...path, 'declarations', i]);
    declared.set(d.name, info);
    return checked;
  });
  const statements = p.statements.map((s, i): Statement => {
    const statementPath = [...path, 'statements', i];
    if (s.type !== 'Assignment') return checkRule(ctx, s, vars, statementPath);
    const checked = checkTable(ctx, s.table, vars, [...statementPath, 'table']);
    declared.set(s.name, { kind: 'query', args: [], scope: checked.scope, monitorable: false });
    return { ...s, table: checked.table };
  });
  const oninputs = p.oninputs.map((choice, i): OnInputChoice => ({
    ...choice,
    ...checkQueryThenActions(ctx, choice.table, choice.actions, vars, [...path, 'oninputs', i]),
  }));
  return { ...p, declarations, statements, oninputs };
}
