// Which expressions of a compiled agent can match a query, without scanning them all: each expression is filed
// under the rarest of its required words (a match must contain every one of them), so a query only visits the
// expressions filed under its own words, plus those that require no word. Built once per expression list.
import type { CompiledExpression } from './compileAgent.js';

interface ExpressionIndex {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Expressions without a required word: tried for every query. */
  readonly always: readonly number[];
}

const built = new WeakMap<readonly CompiledExpression[], ExpressionIndex>();

function buildIndex(expressions: readonly CompiledExpression[]): ExpressionIndex {
  const frequency = new Map<string, number>();
  for (const expression of expressions) {
    for (const word of new Set(expression.requiredWords)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  expressions.forEach((expression, position) => {
    let rarest: string | undefined;
    for (const word of expression.requiredWords) {
      if (rarest === undefined || (frequency.get(word) ?? 0) < (frequency.get(rarest) ?? 0)) rarest = word;
    }
    if (rarest === undefined) {
      always.push(position);
      return;
    }
    const filed = byWord.get(rarest);
    if (filed === undefined) byWord.set(rarest, [position]);
    else filed.push(position);
  });
  return { byWord, always };
}

/** Positions in `expressions`, ascending, of those whose required words may all be among `present`. */
export function candidateExpressions(expressions: readonly CompiledExpression[], present: ReadonlySet<string>): number[] {
  let index = built.get(expressions);
  if (index === undefined) {
    index = buildIndex(expressions);
    built.set(expressions, index);
  }
  const positions = [...index.always];
  for (const word of present) {
    const filed = index.byWord.get(word);
    if (filed !== undefined) positions.push(...filed);
  }
  return positions.sort((a, b) => a - b);
}
