// The right-hand side of statements: `notify`/`return` report the result, invocations call device actions
// with parameters taken from the result (`status=title`, `$event`), declared actions run their body.
import type { Action } from '../ast/index.js';
import { reportError, PrimitiveError, type ExecutionContext } from './executionContext.js';
import type { Scope } from './evaluateValue.js';
import { evaluateParams, primitiveName } from './invokeQuery.js';
import { bindArguments } from './runTable.js';

async function runAction(ctx: ExecutionContext, action: Action, scope: Scope): Promise<void> {
  switch (action.type) {
    case 'Notify':
      ctx.emit({ type: 'output', statement: ctx.statement, action: action.name, outputType: scope.outputType, value: scope.row });
      return;
    case 'VarRef': {
      const declaration = ctx.declarations.get(action.name);
      if (declaration?.kind !== 'action') throw new Error(`Unknown action ${action.name}`);
      await runAction(ctx, declaration.value, bindArguments(ctx, declaration, action.inParams, scope));
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
