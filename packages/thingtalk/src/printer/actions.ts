import type { Action } from '../ast/index.js';
import { printInputParams, printInvocation } from './invocations.js';

export function printAction(a: Action): string {
  switch (a.type) {
    case 'Notify':
      return a.name;
    case 'Invocation':
      return printInvocation(a.invocation);
    case 'VarRef':
      return `${a.name}${printInputParams(a.inParams)}`;
  }
}

/** One action as is; several as `{ a; b; }`. */
export function printActionList(actions: readonly Action[]): string {
  const [single] = actions;
  if (actions.length === 1 && single !== undefined) return printAction(single);
  return `{ ${actions.map((a) => `${printAction(a)}; `).join('')}}`;
}
