import type { Predicate } from '../ast/index.js';
import { printFunctionName, printInputParams } from './invocations.js';
import { printScalar, printValue } from './values.js';

const INFIX = new Set(['==', '>=', '<=', '>', '<', '=~', '~=']);

function printOperand(p: Predicate, parent: 'And' | 'Or'): string {
  const text = printPredicate(p);
  const needsParens = p.type === parent || (parent === 'And' && p.type === 'Or');
  return needsParens ? `(${text})` : text;
}

/** The canonical form of a predicate: `a && (b || c)`, `!(p == 1)`, `contains(tags, "x")`, `@k.f(){ p >= 1 }`. */
export function printPredicate(p: Predicate): string {
  switch (p.type) {
    case 'True':
      return p.dontCare === undefined ? 'true' : `true(${p.dontCare})`;
    case 'False':
      return 'false';
    case 'And':
      return p.operands.map((o) => printOperand(o, 'And')).join(' && ');
    case 'Or':
      return p.operands.map((o) => printOperand(o, 'Or')).join(' || ');
    case 'Not':
      return `!(${printPredicate(p.expr)})`;
    case 'Atom':
      return INFIX.has(p.operator)
        ? `${p.name} ${p.operator} ${printValue(p.value)}`
        : `${p.operator}(${p.name}, ${printValue(p.value)})`;
    case 'External':
      return `${printFunctionName(p.selector, p.channel)}${printInputParams(p.inParams)} { ${printPredicate(p.filter)} }`;
    case 'Compute':
      return `${printScalar(p.lhs)} ${p.operator} ${printValue(p.rhs)}`;
  }
}
