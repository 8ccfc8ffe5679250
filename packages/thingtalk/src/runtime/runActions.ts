// The right-hand side of statements: `notify`/`return` report the result, invocations call device actions
// with parameters taken from the result (`status=title`, `$event`), declared actions and procedures run their body.
import type { Action, Program, Table } from '../ast/index.js';
import { reportError, PrimitiveError, type ExecutionContext } from './executionContext.js';
import type { Scope } from './evaluateValue.js';
import { evaluateParams, primitiveName } from './invokeQuery.js';
import { bindArguments, runTable } from './runTable.js';

/** `now => [T =>] actions`: the actions once, or once per result of T. */
export async function runCommand(ctx: ExecutionContext, table: Table | null, actions: readonly Action[], scope: Scope): Promise<void> {
  if (table === null) {
    await runActions(ctx, actions, scope);
    return;
  }
  for (const tuple of await runTable(ctx, table, scope)) {
    await runActions(ctx, actions, { outputType: tuple.outputType, row: { ...scope.row, ...tuple.row } });
  }
}

/** The body of a declared procedure or program used as an action: its commands and `let result`s, in order. */
async function runProcedure(ctx: ExecutionContext, body: Program, scope: Scope): Promise<void> {
  const inner: ExecutionContext = { ...ctx, declarations: new Map([...ctx.declarations, ...body.declarations.map((d) => [d.name, d] as const)]) };
  for (const statement of body.statements) {
    if (statement.type === 'Rule') throw new Error('A procedure cannot contain rules');
    if (statement.type === 'Assignment') inner.results.set(statement.name, await runTable(inner, statement.table, scope));
    else await runCommand(inner, statement.table, statement.actions, scope);
  }
}

async function runAction(ctx: ExecutionContext, action: Action, scope: Scope): Promise<void> {
  switch (action.type) {
    case 'Notify':
      ctx.emit({ type: 'output', statement: ctx.statement, action: action.name, outputType: scope.outputType, value: scope.row });
      return;
    case 'VarRef': {
      const declaration = ctx.declarations.get(action.name);
      if (declaration?.kind === 'action') await runAction(ctx, declaration.value, bindArguments(ctx, declaration, action.inParams, scope));
      else if (declaration?.kind === 'procedure' || declaration?.kind === 'program')
        await runProcedure(ctx, declaration.value, bindArguments(ctx, declaration, action.inParams, scope));
      else throw new Error(`Unknown action ${action.name}`);
      return;
    }
    case 'Invocation': {
      const invocation = action.invocation;
      const params = evaluateParams(ctx, invocation, scope);
      try {
        const device = ctx.options.devices.resolve(invocation.selector.kind, invocation.selector.id);
        await device.action(invocation.channel, params, { signal: ctx.signal });
        ctx.emit({ type: 'action', statement: ctx.statement, kind: device.kind, uniqueId: device.uniqueId, channel: invocation.channel, params });
      } catch (error) {
        throw new PrimitiveError(primitiveName(invocation), error);
      }
    }
  }
}

/** Runs every action for one result; a failing action is reported and the others still run. */
export async function runActions(ctx: ExecutionContext, actions: readonly Action[], scope: Scope): Promise<void> {
  for (const action of actions) {
    try {
      await runAction(ctx, action, scope);
    } catch (error) {
      reportError(ctx, error);
    }
  }
}
