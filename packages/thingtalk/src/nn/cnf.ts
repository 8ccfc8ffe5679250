import type { Predicate } from '../ast/index.js';

/** A literal of a CNF clause: an atom, external or compute predicate, possibly negated. */
type Literal = Predicate;

/** `!` pushed down to the literals (De Morgan), double negations removed. */
function pushNegations(p: Predicate, negate: boolean): Predicate {
  switch (p.type) {
    case 'Not':
      return pushNegations(p.expr, !negate);
    case 'And':
    case 'Or': {
      const operands = p.operands.map((o) => pushNegations(o, negate));
      const type = (p.type === 'And') !== negate ? 'And' : 'Or';
      return { type, operands };
    }
    case 'True':
      if (p.dontCare !== undefined) return negate ? { type: 'Not', expr: p } : p;
      return negate ? { type: 'False' } : p;
    case 'False':
      return negate ? { type: 'True' } : p;
    default:
      return negate ? { type: 'Not', expr: p } : p;
  }
}

function clauses(p: Predicate): Literal[][] {
  switch (p.type) {
    case 'True':
      return p.dontCare !== undefined ? [[p]] : [];
    case 'False':
      return [[]];
    case 'And':
      return p.operands.flatMap(clauses);
    case 'Or':
      return p.operands.reduce<Literal[][]>(
        (product, operand) => product.flatMap((left) => clauses(operand).map((right) => [...left, ...right])),
        [[]],
      );
    default:
      return [[p]];
  }
}

/**
 * A predicate in conjunctive normal form, as NN syntax writes filters: a list of clauses, each a list of
 * literals joined by `or`. `[]` is always true; a clause with no literal makes the filter always false.
 */
export function toCNF(p: Predicate): Literal[][] {
  return clauses(pushNegations(p, false));
}
