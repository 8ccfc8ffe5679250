// Evaluates a query expression to its results: invocations, declared queries and `let result`s, filters,
// projections, compute, aggregation, sort, index, slice and joins (with parameter passing).
import type { Declaration, InputParam, Table, Value } from '../ast/index.js';
import { evaluatePredicate } from './evaluatePredicate.js';
import { evaluateValue, type Scope } from './evaluateValue.js';
import type { ExecutionContext, Tuple } from './executionContext.js';
import { checkRowLimit } from './executionLimits.js';
import { invokeQuery } from './invokeQuery.js';
import { aggregate, indexTuples, sliceTuples, sortTuples } from './tableOperations.js';
import type { Row, RuntimeValue } from './values.js';

/** Binds the arguments of a declaration (`let query q(p_x : String) := …`) from a call's parameters. */
export function bindArguments(ctx: ExecutionContext, declaration: Declaration, params: readonly InputParam[], scope: Scope): Scope {
  const bound: Record<string, RuntimeValue> = {};
  for (const param of params) bound[param.name] = evaluateValue(ctx, param.value, scope);
  for (const arg of declaration.args) if (!Object.hasOwn(bound, arg.name)) throw new Error(`Missing argument ${arg.name} of ${declaration.name}`);
  return { outputType: scope.outputType, row: { ...scope.row, ...bound } };
}

function computedName(expression: Value): string {
  if (expression.type === 'Computation') return expression.op;
  if (expression.type === 'VarRef') return expression.name;
  return 'result';
}

function evaluateParams(ctx: ExecutionContext, params: readonly InputParam[], scope: Scope): Row {
  const row: Record<string, RuntimeValue> = {};
  for (const param of params) row[param.name] = evaluateValue(ctx, param.value, scope);
  return row;
}

/**
 * The results of `table` in `scope` (the result that earlier parts of the rule produced); `extra` are
 * parameters passed by a join, applied to the table's own invocation. At most `limits.rowsPerResult` of them.
 */
export async function runTable(ctx: ExecutionContext, table: Table, scope: Scope, extra: Row = {}): Promise<Tuple[]> {
  const tuples = await evaluateTable(ctx, table, scope, extra);
  checkRowLimit(tuples.length, ctx.limits.rowsPerResult, 'A query');
  return tuples;
}

async function evaluateTable(ctx: ExecutionContext, table: Table, scope: Scope, extra: Row): Promise<Tuple[]> {
  switch (table.type) {
    case 'Invocation':
      return invokeQuery(ctx, table.invocation, scope, extra);
    case 'VarRef': {
      const assigned = ctx.results.get(table.name);
      if (assigned !== undefined) return [...assigned];
      const declaration = ctx.declarations.get(table.name);
      if (declaration?.kind !== 'query') throw new Error(`Unknown query ${table.name}`);
      return runTable(ctx, declaration.value, bindArguments(ctx, declaration, table.inParams, scope), extra);
    }
    case 'Alias':
      return runTable(ctx, table.table, scope, extra);
    case 'Filter': {
      const tuples = await runTable(ctx, table.table, scope, extra);
      const kept: Tuple[] = [];
      for (const tuple of tuples) if (await evaluatePredicate(ctx, table.filter, tuple, scope)) kept.push(tuple);
      return kept;
    }
    case 'Projection': {
      const tuples = await runTable(ctx, table.table, scope, extra);
      return tuples.map((tuple) => ({
        outputType: tuple.outputType,
        row: Object.fromEntries(table.args.filter((name) => Object.hasOwn(tuple.row, name)).map((name) => [name, tuple.row[name] ?? null])),
      }));
    }
    case 'Compute': {
      const tuples = await runTable(ctx, table.table, scope, extra);
      const name = table.alias ?? computedName(table.expression);
      return tuples.map((tuple) => ({
        outputType: tuple.outputType,
        row: { ...tuple.row, [name]: evaluateValue(ctx, table.expression, { outputType: tuple.outputType, row: { ...scope.row, ...tuple.row } }) },
      }));
    }
    case 'Aggregation':
      return aggregate(await runTable(ctx, table.table, scope, extra), table.operator, table.field, table.alias);
    case 'Sort':
      return sortTuples(await runTable(ctx, table.table, scope, extra), table.field, table.direction);
    case 'Index': {
      const tuples = await runTable(ctx, table.table, scope, extra);
      return indexTuples(tuples, table.indices.map((index) => evaluateValue(ctx, index, scope)));
    }
    case 'Slice': {
      const tuples = await runTable(ctx, table.table, scope, extra);
      return sliceTuples(tuples, evaluateValue(ctx, table.base, scope), evaluateValue(ctx, table.limit, scope));
    }
    case 'Join': {
      const joined: Tuple[] = [];
      for (const left of await runTable(ctx, table.lhs, scope, extra)) {
        const inner: Scope = { outputType: left.outputType, row: { ...scope.row, ...left.row } };
        for (const right of await runTable(ctx, table.rhs, inner, evaluateParams(ctx, table.inParams, inner))) {
          joined.push({
            outputType: left.outputType === null ? right.outputType : `${left.outputType}+${right.outputType ?? ''}`,
            row: { ...left.row, ...right.row },
          });
        }
        // Checked while it grows: a join multiplies rows, and its memory must stay bounded before it completes.
        checkRowLimit(joined.length, ctx.limits.rowsPerResult, 'A join');
        ctx.signal.throwIfAborted();
      }
      return joined;
    }
  }
}
