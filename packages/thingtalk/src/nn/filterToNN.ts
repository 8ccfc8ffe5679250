import type { Invocation, Predicate } from '../ast/index.js';
import { checkInvocation } from '../typecheck/invocations.js';
import { mergeScopes } from '../typecheck/scope.js';
import type { Scope } from '../typecheck/scope.js';
import { toCNF } from './cnf.js';
import { splitPlaceholder } from './entities.js';
import { invocationToNN } from './invocationToNN.js';
import type { NNWriter } from './nnWriter.js';
import { paramToken, unsynthesizable } from './nnWriter.js';
import { valueToNN } from './valueToNN.js';

const NOT_CONSTANT = new Set(['VarRef', 'Computation', 'Filter', 'ArrayField', 'ContextRef', 'Event', 'Undefined']);

function isConstant(p: Extract<Predicate, { type: 'Compute' }>): boolean {
  return !NOT_CONSTANT.has(p.lhs.type);
}

function literalToNN(w: NNWriter, literal: Predicate, scope: Scope, vars: Scope): string[] {
  const both = mergeScopes(vars, scope);
  switch (literal.type) {
    case 'Not':
      return ['not', ...literalToNN(w, literal.expr, scope, vars)];
    case 'Atom':
      return [paramToken(w, literal.name, scope.get(literal.name)?.type), literal.operator, ...valueToNN(w, literal.value, both)];
    case 'True':
      if (literal.dontCare === undefined) return unsynthesizable('nested true');
      return ['true', paramToken(w, literal.dontCare, scope.get(literal.dontCare)?.type)];
    case 'Compute': {
      const lhs = valueToNN(w, literal.lhs, both);
      return [...(isConstant(literal) ? ['(', ...lhs, ')'] : lhs), literal.operator, ...valueToNN(w, literal.rhs, both)];
    }
    case 'External': {
      const invocation: Invocation = { selector: literal.selector, channel: literal.channel, inParams: literal.inParams };
      const checked = checkInvocation(w.check, invocation, 'query', vars, []);
      const inner = filterToNN(w, literal.filter, checked.scope, vars);
      return [...invocationToNN(w, checked.invocation, checked.fn), '{', ...(inner.length > 0 ? inner : ['true']), '}'];
    }
    default:
      return unsynthesizable(`nested predicate ${literal.type}`);
  }
}

/**
 * A filter in NN syntax: CNF clauses joined by `and`, sorted; literals of a clause joined by `or`.
 * Empty for a filter that is always true; always-false filters have no NN form.
 */
export function filterToNN(w: NNWriter, p: Predicate, scope: Scope, vars: Scope): string[] {
  const cnf = toCNF(p);
  if (cnf.some((clause) => clause.length === 0)) unsynthesizable(`always false filter`);
  const rendered = cnf.map((clause) => clause.flatMap((literal, i) => [...(i > 0 ? ['or'] : []), ...literalToNN(w, literal, scope, vars)]));
  // sorted by their text with placeholders reduced to their type, so that the order does not depend on how
  // entities happen to be numbered (ties keep the program's order; the sort is stable)
  const key = (clause: readonly string[]): string => clause.map((t) => splitPlaceholder(t)?.[0] ?? t).join(' ');
  rendered.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return rendered.flatMap((clause, i) => [...(i > 0 ? ['and'] : []), ...clause]);
}

