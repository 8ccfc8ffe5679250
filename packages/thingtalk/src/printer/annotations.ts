import type { Annotations, Value } from '../ast/index.js';
import { printValue } from './values.js';

function printGroup(prefix: string, group: Readonly<Record<string, Value>>): string {
  let text = '';
  for (const name in group) {
    const value = group[name];
    if (value !== undefined) text += ` ${prefix}${name}=${printValue(value)}]`;
  }
  return text;
}

/** ` #_[name=value]… #[name=value]…` (natural-language annotations first), or `` when there are none. */
export function printAnnotations(annotations: Annotations): string {
  return printGroup('#_[', annotations.nl) + printGroup('#[', annotations.impl);
}

export function printImplAnnotations(group: Readonly<Record<string, Value>>): string {
  return printGroup('#[', group);
}
