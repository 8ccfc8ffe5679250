// The arguments a table or stream exposes (to name filter and sort fields) and whether it yields a list.
import type { ArgumentDef, Stream, Table } from '../ast/index.js';
import { functionOf, type DescribeContext } from './describeContext.js';

export interface Signature {
  readonly args: ReadonlyMap<string, ArgumentDef>;
  readonly isList: boolean;
}

const EMPTY: Signature = { args: new Map(), isList: false };

function merge(a: Signature, b: Signature): Signature {
  return { args: new Map([...a.args, ...b.args]), isList: a.isList || b.isList };
}

export function tableSignature(ctx: DescribeContext, table: Table): Signature {
  switch (table.type) {
    case 'Invocation': {
      const fn = functionOf(ctx, table.invocation, 'query');
      if (fn === undefined) return EMPTY;
      return { args: new Map(fn.args.map((arg) => [arg.name, arg])), isList: fn.isList };
    }
    case 'VarRef': {
      const declaration = ctx.declarations.get(table.name);
      return declaration?.kind === 'query' ? tableSignature(ctx, declaration.value) : EMPTY;
    }
    case 'Join':
      return merge(tableSignature(ctx, table.lhs), tableSignature(ctx, table.rhs));
    case 'Filter':
    case 'Projection':
    case 'Compute':
    case 'Aggregation':
    case 'Sort':
    case 'Index':
    case 'Slice':
    case 'Alias':
      return tableSignature(ctx, table.table);
  }
}

export function streamSignature(ctx: DescribeContext, stream: Stream): Signature {
  switch (stream.type) {
    case 'Timer':
    case 'AtTimer':
      return EMPTY;
    case 'Monitor':
      return tableSignature(ctx, stream.table);
    case 'VarRef': {
      const declaration = ctx.declarations.get(stream.name);
      return declaration?.kind === 'stream' ? streamSignature(ctx, declaration.value) : EMPTY;
    }
    case 'Join':
      return merge(streamSignature(ctx, stream.stream), tableSignature(ctx, stream.table));
    case 'EdgeNew':
    case 'EdgeFilter':
    case 'Filter':
    case 'Projection':
    case 'Compute':
    case 'Alias':
      return streamSignature(ctx, stream.stream);
  }
}
