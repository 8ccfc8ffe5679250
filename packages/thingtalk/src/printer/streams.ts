import type { Stream } from '../ast/index.js';
import { printInputParams, printJoinParams } from './invocations.js';
import { printPredicate } from './predicates.js';
import { printTable } from './tables.js';
import { printScalar, printValue } from './values.js';

/** The canonical form of a stream: `monitor (T)`, `(S), P`, `(timer(…) => T)`. */
export function printStream(s: Stream): string {
  switch (s.type) {
    case 'Timer': {
      const frequency = s.frequency !== null ? `, frequency=${printValue(s.frequency)}` : '';
      return `timer(base=${printValue(s.base)}, interval=${printValue(s.interval)}${frequency})`;
    }
    case 'AtTimer': {
      const [single] = s.time;
      const time = s.time.length === 1 && single !== undefined ? printValue(single) : `[${s.time.map(printValue).join(', ')}]`;
      const expiration = s.expirationDate !== null ? `, expiration_date=${printValue(s.expirationDate)}` : '';
      return `attimer(time=${time}${expiration})`;
    }
    case 'Monitor':
      return `monitor (${printTable(s.table)})${s.args !== null ? ` on new [${s.args.join(', ')}]` : ''}`;
    case 'EdgeNew':
      return `edge (${printStream(s.stream)}) on new`;
    case 'EdgeFilter':
      return `edge (${printStream(s.stream)}) on ${printPredicate(s.filter)}`;
    case 'Filter':
      return `(${printStream(s.stream)}), ${printPredicate(s.filter)}`;
    case 'Projection':
      return `[${s.args.join(', ')}] of (${printStream(s.stream)})`;
    case 'Compute':
      return `compute (${printScalar(s.expression)}) ${s.alias !== null ? `as ${s.alias} ` : ''}of (${printStream(s.stream)})`;
    case 'Alias':
      return `(${printStream(s.stream)}) as ${s.name}`;
    case 'Join':
      return `(${printStream(s.stream)} => ${printTable(s.table)}${printJoinParams(s.inParams)})`;
    case 'VarRef':
      return `${s.name}${printInputParams(s.inParams)}`;
  }
}
