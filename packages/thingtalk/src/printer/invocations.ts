import type { DeviceSelector, InputParam, Invocation } from '../ast/index.js';
import { printString, printValue } from './values.js';

/** `(name=value, …)`. */
export function printInputParams(params: readonly InputParam[]): string {
  return `(${params.map((p) => `${p.name}=${printValue(p.value)}`).join(', ')})`;
}

/** `@kind.channel` or `@kind(id="…", attr=…).channel`. */
export function printFunctionName(selector: DeviceSelector, channel: string): string {
  const attributes = selector.id !== null ? [`id=${printString(selector.id)}`] : [];
  for (const a of selector.attributes) attributes.push(`${a.name}=${printValue(a.value)}`);
  return attributes.length > 0 ? `@${selector.kind}(${attributes.join(', ')}).${channel}` : `@${selector.kind}.${channel}`;
}

export function printInvocation(invocation: Invocation): string {
  return printFunctionName(invocation.selector, invocation.channel) + printInputParams(invocation.inParams);
}

/** ` on (p=v, …)` after a join, or `` without parameters. */
export function printJoinParams(params: readonly InputParam[]): string {
  return params.length > 0 ? ` on ${printInputParams(params)}` : '';
}
