import type { DeviceSelector, InputParam, Invocation } from '../ast/index.js';
import { locatedInputParam, locatedInvocation } from '../ast/sourcePositions.js';
import type { Cursor } from './cursor.js';
import { parseQualifiedName } from './names.js';
import { parseValue } from './values.js';

/** `(name=value, …)`; empty parentheses allowed. */
export function parseInputParams(c: Cursor): InputParam[] {
  c.expect('(');
  const params: InputParam[] = [];
  if (!c.at(')')) {
    do {
      const start = c.peek();
      const name = parseQualifiedName(c);
      c.expect('=');
      params.push(locatedInputParam(name, parseValue(c), start));
    } while (c.accept(','));
  }
  c.expect(')');
  return params;
}

/** The selector and function name of `@kind.fn` or `@kind(id=…, name=…).fn`. */
export function parseFunctionName(c: Cursor): { selector: DeviceSelector; channel: string } {
  const token = c.expectKind('classname', 'a function name ("@kind.function")');
  if (c.at('(') && !c.at(')', 1) && c.at('=', 2) && isSelectorParen(c)) {
    const attributes = parseInputParams(c);
    c.expect('.');
    const channel = c.expectKind('word', 'a function name').text;
    const idParam = attributes.find((a) => a.name === 'id');
    let id: string | null = null;
    if (idParam !== undefined) {
      if (idParam.value.type !== 'String') c.failAt(token, 'the device id must be a string');
      id = idParam.value.value;
    }
    return { selector: { kind: token.text, id, attributes: attributes.filter((a) => a !== idParam) }, channel };
  }
  const dot = token.text.lastIndexOf('.');
  if (dot < 0) c.failAt(token, `expected a function name ("@kind.function"), found "@${token.text}"`);
  return { selector: { kind: token.text.slice(0, dot), id: null, attributes: [] }, channel: token.text.slice(dot + 1) };
}

/** A parenthesized list after a class name selects a device when a `.function` follows it. */
function isSelectorParen(c: Cursor): boolean {
  const start = c.position;
  const isSelector = c.attempt(() => {
    parseInputParams(c);
    return c.at('.');
  });
  c.reset(start);
  return isSelector === true;
}

/** `@kind[(selector)].fn(params)`. */
export function parseInvocation(c: Cursor): Invocation {
  const start = c.peek();
  const { selector, channel } = parseFunctionName(c);
  return locatedInvocation(selector, channel, parseInputParams(c), start);
}
