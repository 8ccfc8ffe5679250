import type { PermissionFunction, PermissionRule } from '../ast/index.js';
import { printPredicate } from './predicates.js';

function printPermissionFunction(f: PermissionFunction, builtin: 'now' | 'notify'): string {
  switch (f.type) {
    case 'Builtin':
      return builtin;
    case 'Star':
      return '*';
    case 'ClassStar':
      return `@${f.kind}.*`;
    case 'Specified':
      return f.filter.type === 'True' && f.filter.dontCare === undefined
        ? `@${f.kind}.${f.channel}`
        : `@${f.kind}.${f.channel}, ${printPredicate(f.filter)}`;
  }
}

/** `principal : query-side => action-side;` */
export function printPermissionRule(r: PermissionRule): string {
  return `${printPredicate(r.principal)} : ${printPermissionFunction(r.query, 'now')} => ${printPermissionFunction(r.action, 'notify')};`;
}
