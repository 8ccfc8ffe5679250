import type { InputParam, Invocation } from '../ast/index.js';
import type { NNReader } from './nnCursor.js';
import { atParam, expectParam, functionName } from './nnCursor.js';
import { parseNNValue } from './nnValues.js';

/** `@kind.channel [attribute:a:T = v]… [param:p:T = v]…` (no device id in NN syntax). */
export function parseNNCall(r: NNReader): Invocation {
  const { c } = r;
  const token = c.next();
  const fn = functionName(token.text);
  if (fn === null) return c.failAt(token, `expected a function name ("@kind.function"), found "${token.text}"`);
  const attributes: InputParam[] = [];
  for (let match = /^attribute:(\w+)/.exec(c.peek().text); match?.[1] !== undefined; match = /^attribute:(\w+)/.exec(c.peek().text)) {
    c.next();
    c.expect('=');
    attributes.push({ name: match[1], value: parseNNValue(r) });
  }
  const inParams: InputParam[] = [];
  while (atParam(r) && r.c.at('=', 1)) {
    const name = expectParam(r);
    c.expect('=');
    inParams.push({ name, value: parseNNValue(r) });
  }
  return { selector: { kind: fn.kind, id: null, attributes }, channel: fn.channel, inParams };
}

/** `on param:p:T = value` repeated: parameter passing into a join or an action. */
export function parseNNPassing(r: NNReader): InputParam[] {
  const params: InputParam[] = [];
  while (r.c.at('on') && atParam(r, 1)) {
    r.c.next();
    const name = expectParam(r);
    r.c.expect('=');
    params.push({ name, value: parseNNValue(r) });
  }
  return params;
}
