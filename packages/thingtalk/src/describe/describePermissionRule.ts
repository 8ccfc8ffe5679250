// Permission rules in English (TT `describe.js` describePermissionRule): "@bob is allowed to read … and then use it to …".
import type { PermissionFunction, PermissionRule, Predicate } from '../ast/index.js';
import { capitalizeWords, cleanKind } from './cleanName.js';
import { argumentCanonical, nlString, type DescribeContext } from './describeContext.js';
import { describePredicate } from './describePredicate.js';
import { describeValue } from './describeValue.js';

function describeFunction(ctx: DescribeContext, fn: PermissionFunction, functionType: 'query' | 'action'): string {
  if (fn.type === 'ClassStar') {
    if (fn.kind === 'org.thingpedia.builtin.thingengine.builtin')
      return functionType === 'query' ? 'your clock' : 'send you messages, configure new accounts and open links';
    const name = capitalizeWords(cleanKind(fn.kind));
    return functionType === 'query' ? `your ${name}` : `perform any action on your ${name}`;
  }
  if (fn.type !== 'Specified') return '';
  const def = ctx.classes.getFunction(fn.kind, fn.channel, functionType);
  const args = new Map((def?.args ?? []).map((arg) => [arg.name, arg]));
  let confirm = (nlString(def, 'confirmation') ?? fn.channel).replace(/\$__device|\$\{__device\}/, cleanKind(fn.kind));
  // `param == value` conditions on mentioned parameters fill the confirmation; the rest reads "if …".
  const operands: readonly Predicate[] = fn.filter.type === 'And' ? fn.filter.operands : [fn.filter];
  const remaining: Predicate[] = [];
  for (const operand of operands) {
    const pattern = operand.type === 'Atom' ? new RegExp(`\\$(?:\\{${operand.name}\\}|${operand.name}(?![A-Za-z0-9_]))`) : null;
    if (operand.type === 'Atom' && operand.operator === '==' && pattern !== null && pattern.test(confirm))
      confirm = confirm.replace(pattern, describeValue(operand.value, {}, ctx.options));
    else if (operand.type !== 'True' || operand.dontCare !== undefined) remaining.push(operand);
  }
  for (const arg of args.values())
    confirm = confirm.replace(new RegExp(`\\$(?:\\{${arg.name}\\}|${arg.name}(?![A-Za-z0-9_]))`), `any ${argumentCanonical(args, arg.name)}`);
  if (remaining.length === 0) return confirm;
  const filter: Predicate = remaining.length === 1 && remaining[0] !== undefined ? remaining[0] : { type: 'And', operands: remaining };
  return `${confirm} if ${describePredicate(ctx, filter, args)}`;
}

function describePrincipal(ctx: DescribeContext, principal: Predicate): string {
  if (principal.type === 'True') return 'anyone';
  if (principal.type === 'Atom' && principal.operator === '==') return describeValue(principal.value, {}, ctx.options);
  if (principal.type === 'Atom' && principal.operator === 'group_member')
    return `anyone in the ${describeValue(principal.value, {}, ctx.options)} group`;
  return `anyone if ${describePredicate(ctx, principal, new Map(), { source: 'requester' })}`;
}

export function describePermissionRule(ctx: DescribeContext, rule: PermissionRule): string {
  const who = describePrincipal(ctx, rule.principal);
  const { query, action } = rule;
  if (query.type === 'Builtin') {
    if (action.type === 'Star') return `${who} is allowed to perform any action`;
    return `${who} is allowed to ${describeFunction(ctx, action, 'action')}`;
  }
  const read = query.type === 'Star' ? 'read all your data' : `read ${describeFunction(ctx, query, 'query')}`;
  if (action.type === 'Builtin') return `${who} is allowed to ${read}`;
  if (action.type === 'Star') return `${who} is allowed to ${read} and then perform any action with it`;
  return `${who} is allowed to ${read} and then use it to ${describeFunction(ctx, action, 'action')}`;
}
