// Streams in English (TT `describe.js` describeStream, 1.10 wording): "when … changes", "every 2 h",
// "every day at 8:30 AM".
import type { Stream } from '../ast/index.js';
import { cleanName } from './cleanName.js';
import { argumentCanonical, type DescribeContext } from './describeContext.js';
import { describePredicate } from './describePredicate.js';
import { describeTable } from './describeTable.js';
import { describeValue } from './describeValue.js';
import { streamSignature, tableSignature } from './tableSignature.js';
import { listOf } from './listOf.js';

export function describeStream(ctx: DescribeContext, stream: Stream): string {
  const value = (v: Parameters<typeof describeValue>[0]): string => describeValue(v, {}, ctx.options);
  switch (stream.type) {
    case 'VarRef':
      return cleanName(stream.name);
    case 'Timer': {
      const isNow = stream.base.type === 'Date' && stream.base.value.kind === 'now' && stream.base.offset === null;
      const frequency = stream.frequency === null ? 1 : stream.frequency.type === 'Number' ? stream.frequency.value : null;
      const every = frequency === 1 ? 'every' : frequency === 2 ? 'twice every' : `${stream.frequency === null ? '' : value(stream.frequency)} times every`;
      const interval = value(stream.interval);
      return isNow ? `${every} ${interval}` : `${every} ${interval} starting ${value(stream.base)}`;
    }
    case 'AtTimer': {
      const times = stream.time.map(value).join(' and ');
      return stream.expirationDate === null ? `every day at ${times}` : `every day at ${times} until ${value(stream.expirationDate)}`;
    }
    case 'Monitor': {
      const table = stream.table;
      const target = table.type === 'Filter' ? table.table : table;
      const verb = tableSignature(ctx, target).isList ? 'change' : 'changes';
      const when = `when ${describeTable(ctx, target)} ${verb}`;
      if (table.type === 'Filter') return `${when} if ${describePredicate(ctx, table.filter, tableSignature(ctx, table).args)}`;
      return when;
    }
    case 'EdgeNew':
      return `${describeStream(ctx, stream.stream)} and the result changes`;
    case 'EdgeFilter':
      return `${describeStream(ctx, stream.stream)} and it becomes true that ${describePredicate(ctx, stream.filter, streamSignature(ctx, stream).args)}`;
    case 'Filter':
      return `${describeStream(ctx, stream.stream)} if ${describePredicate(ctx, stream.filter, streamSignature(ctx, stream).args)}`;
    case 'Projection': {
      const args = streamSignature(ctx, stream).args;
      return `the ${listOf(stream.args.map((name) => argumentCanonical(args, name)))} of ${describeStream(ctx, stream.stream)}`;
    }
    case 'Compute':
      return `${describeStream(ctx, stream.stream)} and ${describeValue(stream.expression, {}, ctx.options)}`;
    case 'Alias':
      return describeStream(ctx, stream.stream);
    case 'Join':
      return `${describeStream(ctx, stream.stream)}, get ${describeTable(ctx, stream.table, stream.inParams)}`;
  }
}
