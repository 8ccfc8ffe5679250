import type { FunctionDef, Invocation } from '../ast/index.js';
import type { Scope } from '../typecheck/scope.js';
import type { NNWriter } from './nnWriter.js';
import { paramToken } from './nnWriter.js';
import { valueToNN } from './valueToNN.js';

const byName = <T extends { readonly name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * `@kind.channel [attribute:a:String = v]… [param:p:T = v]…`: constant parameters sorted by name; required
 * parameters still `$?` are left out (implied). With `passing`, parameter references and `$event` are
 * written after the constants as `on param:p:T = param:q:T`.
 */
export function invocationToNN(w: NNWriter, invocation: Invocation, fn: FunctionDef, passing: Scope | null = null): string[] {
  const tokens = [`@${invocation.selector.kind}.${invocation.channel}`];
  for (const attr of [...invocation.selector.attributes].sort(byName)) {
    tokens.push(w.typeAnnotations ? `attribute:${attr.name}:String` : `attribute:${attr.name}`, '=', ...valueToNN(w, attr.value, w.globals));
  }
  const passed: string[] = [];
  for (const param of [...invocation.inParams].sort(byName)) {
    const arg = fn.args.find((a) => a.name === param.name);
    const isImplied = arg?.direction === 'in req' && param.value.type === 'Undefined' && param.value.local;
    if (isImplied) continue;
    const isReference = (param.value.type === 'VarRef' && !w.slots.has(param.value.name)) || param.value.type === 'Event';
    const isPassing = passing !== null && isReference;
    const target = isPassing ? passed : tokens;
    if (isPassing) target.push('on');
    target.push(paramToken(w, param.name, arg?.type), '=', ...valueToNN(w, param.value, passing ?? w.globals));
  }
  return [...tokens, ...passed];
}
