// Dialog commands in English (TT `describe.js` _describeBookkeeping): "yes", "choice number 2", "list the commands of …".
import type { Bookkeeping } from '../ast/index.js';
import { cleanName } from './cleanName.js';
import type { DescribeContext } from './describeContext.js';
import { describePredicate } from './describePredicate.js';
import { describeValue } from './describeValue.js';

const SPECIALS: Readonly<Record<string, string>> = {
  yes: 'yes',
  no: 'no',
  failed: 'I did not understand',
  train: 'train me again',
  back: 'go back',
  more: 'show more results',
  empty: 'no action',
  debug: 'show debugging information',
  maybe: 'maybe',
  nevermind: 'cancel',
  stop: 'stop',
  help: 'help',
  makerule: 'make a new command',
  wakeup: 'wake up',
};

export function describeBookkeeping(ctx: DescribeContext, bookkeeping: Bookkeeping): string {
  const intent = bookkeeping.intent;
  switch (intent.type) {
    case 'Special':
      return SPECIALS[intent.name] ?? cleanName(intent.name);
    case 'CommandList':
      return `list the commands of ${describeValue(intent.device, {}, ctx.options)}, in category ${cleanName(intent.category)}`;
    case 'Choice':
      return `choice number ${intent.index + 1}`;
    case 'Answer':
      return describeValue(intent.value, {}, ctx.options);
    case 'Predicate':
      return describePredicate(ctx, intent.filter, new Map());
  }
}
