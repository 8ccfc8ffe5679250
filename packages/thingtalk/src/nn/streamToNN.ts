import type { Stream } from '../ast/index.js';
import { mergeScopes } from '../typecheck/scope.js';
import type { Scope } from '../typecheck/scope.js';
import { checkStream } from '../typecheck/streams.js';
import { checkTable } from '../typecheck/tables.js';
import { filterToNN } from './filterToNN.js';
import type { NNWriter } from './nnWriter.js';
import { paramToken, unsynthesizable } from './nnWriter.js';
import { computeToNN, joinParamsToNN, paramListToNN, scopeOf, tableToNN } from './tableToNN.js';
import { valueToNN } from './valueToNN.js';

/** The parameters of a stream's events. */
export function streamScopeOf(w: NNWriter, s: Stream): Scope {
  return checkStream(w.check, s, w.globals, []).scope;
}

/** A stream in NN syntax: `monitor ( T ) on new …`, `timer base = now , interval = …`, `( S ) => ( T ) on …`. */
export function streamToNN(w: NNWriter, s: Stream): string[] {
  const value = (v: Parameters<typeof valueToNN>[1]): string[] => valueToNN(w, v, w.globals);
  switch (s.type) {
    case 'Timer': {
      const tokens = ['timer', 'base', '=', ...value(s.base), ',', 'interval', '=', ...value(s.interval)];
      return s.frequency !== null ? [...tokens, ',', 'frequency', '=', ...value(s.frequency)] : tokens;
    }
    case 'AtTimer': {
      const [single] = s.time;
      const time = s.time.length === 1 && single !== undefined ? value(single) : value({ type: 'Array', value: s.time });
      const tokens = ['attimer', 'time', '=', ...time];
      return s.expirationDate !== null ? [...tokens, ',', 'expiration_date', '=', ...value(s.expirationDate)] : tokens;
    }
    case 'Monitor': {
      const tokens = ['monitor', '(', ...tableToNN(w, s.table, w.globals), ')'];
      if (s.args === null) return tokens;
      const scope = scopeOf(w, s.table, w.globals);
      const [only] = s.args;
      if (s.args.length === 1 && only !== undefined) return [...tokens, 'on', 'new', paramToken(w, only, scope.get(only)?.type)];
      return [...tokens, 'on', 'new', '[', ...paramListToNN(w, s.args, scope), ']'];
    }
    case 'EdgeFilter': {
      const filter = filterToNN(w, s.filter, streamScopeOf(w, s.stream), w.globals);
      return ['edge', '(', ...streamToNN(w, s.stream), ')', 'on', ...(filter.length > 0 ? filter : ['true'])];
    }
    case 'Projection':
      return ['[', ...paramListToNN(w, s.args, streamScopeOf(w, s.stream)), ']', 'of', '(', ...streamToNN(w, s.stream), ')'];
    case 'Compute':
      return [...computeToNN(w, s.expression, streamScopeOf(w, s.stream), s.alias), '(', ...streamToNN(w, s.stream), ')'];
    case 'Join': {
      const lhsScope = mergeScopes(w.globals, streamScopeOf(w, s.stream));
      const rhsScope = checkTable(w.check, s.table, lhsScope, [], new Set(s.inParams.map((p) => p.name))).scope;
      return ['(', ...streamToNN(w, s.stream), ')', '=>', '(', ...tableToNN(w, s.table, lhsScope), ')', ...joinParamsToNN(w, s.inParams, rhsScope, lhsScope)];
    }
    case 'EdgeNew':
      return unsynthesizable('edge on new of a stream other than monitor');
    case 'Filter':
      return unsynthesizable('stream filters');
    case 'Alias':
      return unsynthesizable(`alias ${s.name}`);
    case 'VarRef':
      return unsynthesizable(`call of the declared stream ${s.name}`);
  }
}
