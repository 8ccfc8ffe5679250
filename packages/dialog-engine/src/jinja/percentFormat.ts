import { JinjaError } from './jinjaError.js';
import { getItem } from './lookup.js';
import { isDict, isList, numberOf, pyRepr, pyStr, typeName, type JinjaValue } from './values.js';

const SPECIFIER = /%(?:\(([^)]*)\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifrxXeEgGc%])/g;

function pad(text: string, flags: string, width: number): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && /^[-+]?\d/.test(text)) {
    const sign = /^[-+]/.test(text) ? text[0] ?? '' : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function number(value: JinjaValue, conversion: string): number {
  const result = numberOf(value);
  if (result === undefined) throw new JinjaError(`%${conversion} format: a number is required, not ${typeName(value)}`);
  return result;
}

function convert(value: JinjaValue, conversion: string, flags: string, precision: number | undefined, maxLength: number): string {
  const sign = (n: number, text: string): string => (n >= 0 && flags.includes('+') ? `+${text}` : n >= 0 && flags.includes(' ') ? ` ${text}` : text);
  switch (conversion) {
    case 's': return precision === undefined ? pyStr(value, maxLength) : pyStr(value, maxLength).slice(0, precision);
    case 'r': return pyRepr(value, maxLength);
    case 'c': return typeof value === 'string' ? value : String.fromCodePoint(number(value, conversion));
    case 'd': case 'i': { const n = Math.trunc(number(value, conversion)); return sign(n, String(n)); }
    case 'x': case 'X': { const n = Math.trunc(number(value, conversion)); const hex = Math.abs(n).toString(16); return sign(n, (n < 0 ? '-' : '') + (conversion === 'X' ? hex.toUpperCase() : hex)); }
    case 'e': case 'E': { const n = number(value, conversion); const text = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'); return sign(n, conversion === 'E' ? text.toUpperCase() : text); }
    case 'g': case 'G': { const n = number(value, conversion); return sign(n, String(Number(n.toPrecision(precision ?? 6)))); }
    default: { const n = number(value, conversion); return sign(n, n.toFixed(Math.min(precision ?? 6, 100))); }
  }
}

/** Python's printf-style `format % values` (the `%` operator on a string and the `format` filter). */
export function percentFormat(format: string, values: JinjaValue, maxLength: number): string {
  const positional = isList(values) ? values : [values];
  let next = 0;
  let output = '';
  let last = 0;
  for (const match of format.matchAll(SPECIFIER)) {
    output += format.slice(last, match.index);
    last = match.index + match[0].length;
    const [, key, flags = '', width, precision, conversion = 's'] = match;
    if (conversion === '%') {
      output += '%';
      continue;
    }
    let value: JinjaValue;
    if (key !== undefined) {
      if (!isDict(values)) throw new JinjaError('format requires a mapping');
      value = getItem(values, key);
    } else {
      if (next >= positional.length) throw new JinjaError('not enough arguments for format string');
      value = positional[next] ?? null;
      next += 1;
    }
    const widthValue = Number(width ?? 0);
    if (widthValue > maxLength) throw new JinjaError(`format width over ${maxLength}`);
    output += pad(convert(value, conversion, flags, precision === undefined ? undefined : Number(precision), maxLength), flags, widthValue);
    if (output.length > maxLength) throw new JinjaError(`output longer than ${maxLength} characters`);
  }
  output += format.slice(last);
  if (!isDict(values) && next < positional.length && !(positional.length === 1 && isDict(positional[0] ?? null))) {
    throw new JinjaError('not all arguments converted during string formatting');
  }
  return output;
}
