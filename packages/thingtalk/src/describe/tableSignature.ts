// The arguments a table or stream exposes (to name filter and sort fields) and whether it yields a list.
import type { ArgumentDef, Stream, Table } from '../ast/index.js';
import { functionOf, type DescribeContext } from './describeContext.js';

interface Signature {
  readonly args: ReadonlyMap<string, ArgumentDef>;
  readonly isList: boolean;
}

const EMPTY: Signature = { args: new Map(), isList: false };

function merge(a: Signature, b: Signature): Signature {
  return { args: new Map([...a.args, ...b.args]), isList: a.isList || b.isList };
}

/** `seen` holds the declarations being expanded, so a declaration that refers to itself ends the search. */
export function tableSignature(ctx: DescribeContext, table: Table, seen: ReadonlySet<string> = new Set()): Signature {
  switch (table.type) {
    case 'Invocation': {
      const fn = functionOf(ctx, table.invocation, 'query');
      if (fn === undefined) return EMPTY;
      return { args: new Map(fn.args.map((arg) => [arg.name, arg])), isList: fn.isList };
    }
    case 'VarRef': {
      const declaration = ctx.declarations.get(table.name);
      if (declaration?.kind !== 'query' || seen.has(table.name)) return EMPTY;
      return tableSignature(ctx, declaration.value, new Set([...seen, table.name]));
    }
    case 'Join':
      return merge(tableSignature(ctx, table.lhs, seen), tableSignature(ctx, table.rhs, seen));
    case 'Filter':
    case 'Projection':
    case 'Compute':
    case 'Aggregation':
    case 'Sort':
    case 'Index':
    case 'Slice':
    case 'Alias':
      return tableSignature(ctx, table.table, seen);
  }
}

export function streamSignature(ctx: DescribeContext, stream: Stream, seen: ReadonlySet<string> = new Set()): Signature {
  switch (stream.type) {
    case 'Timer':
    case 'AtTimer':
      return EMPTY;
    case 'Monitor':
      return tableSignature(ctx, stream.table, seen);
    case 'VarRef': {
      const declaration = ctx.declarations.get(stream.name);
      if (declaration?.kind !== 'stream' || seen.has(stream.name)) return EMPTY;
      return streamSignature(ctx, declaration.value, new Set([...seen, stream.name]));
    }
    case 'Join':
      return merge(streamSignature(ctx, stream.stream, seen), tableSignature(ctx, stream.table, seen));
    case 'EdgeNew':
    case 'EdgeFilter':
    case 'Filter':
    case 'Projection':
    case 'Compute':
    case 'Alias':
      return streamSignature(ctx, stream.stream, seen);
  }
}
