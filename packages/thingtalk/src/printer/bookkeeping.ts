import type { Bookkeeping, BookkeepingIntent } from '../ast/index.js';
import { printPredicate } from './predicates.js';
import { printString, printValue } from './values.js';

function printIntent(intent: BookkeepingIntent): string {
  switch (intent.type) {
    case 'Special':
      return intent.name;
    case 'Choice':
      return `choice(${intent.index})`;
    case 'Answer':
      return `answer(${printValue(intent.value)})`;
    case 'Predicate':
      return `predicate(${printPredicate(intent.filter)})`;
    case 'CommandList': {
      const anyDevice = intent.device.type === 'Undefined' && intent.device.local;
      const device = anyDevice ? '' : `, device=${printValue(intent.device)}`;
      return `commands(category=${printString(intent.category)}${device})`;
    }
  }
}

/** `bookkeeping(yes);`, `bookkeeping(choice(1));`, `bookkeeping(answer(42));` … */
export function printBookkeeping(b: Bookkeeping): string {
  return `bookkeeping(${printIntent(b.intent)});`;
}
