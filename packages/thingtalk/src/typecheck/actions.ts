import type { Action } from '../ast/index.js';
import type { CheckContext } from './context.js';
import { checkDeclaredCall } from './declaredCall.js';
import { checkInvocation } from './invocations.js';
import type { Scope } from './scope.js';
import type { SlotPath } from './slots.js';
import { typeError } from './typeError.js';

/** Checks an action; `vars` holds the results of the query or stream before it (null when there is none). */
export function checkAction(ctx: CheckContext, a: Action, vars: Scope, hasResults: boolean, path: SlotPath): Action {
  switch (a.type) {
    case 'Notify':
      if (!hasResults) typeError(`${a.name} requires a query or a stream before it`);
      return a;
    case 'Invocation': {
      if (!hasResults && a.invocation.inParams.some((p) => p.value.type === 'Event')) {
        typeError('$event requires a query or a stream before the action');
      }
      const checked = checkInvocation(ctx, a.invocation, 'action', vars, [...path, 'invocation']);
      return { ...a, invocation: checked.invocation };
    }
    case 'VarRef': {
      const call = checkDeclaredCall(ctx, a.name, ['action', 'procedure'], a.inParams, vars, path);
      return { ...a, inParams: call.inParams };
    }
  }
}
