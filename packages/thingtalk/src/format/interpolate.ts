// `${param}`, `$param`, `${param:option}` and `$$` in format strings (TT `runtime/formatter.js` PARAM_REGEX semantics).
import { isNullValue, type Row } from '../runtime/values.js';
import { displayValue, type DisplayOptions } from './displayValue.js';

const PARAM = /\$(?:\$|([a-zA-Z0-9_]+(?![a-zA-Z0-9_]))|\{([a-zA-Z0-9_]+)(?::(%|[a-zA-Z0-9-]+))?\})/g;

/** The parameter names a template refers to. */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PARAM)].flatMap((match) => {
    const name = match[1] ?? match[2];
    return name === undefined ? [] : [name];
  });
}

/**
 * Replaces the placeholders of `template` with values of `row`. Returns null when the template has placeholders
 * and every one of them is null in the row (the reference drops such messages); a single missing value reads "N/A".
 */
export function interpolate(template: string, row: Row, options: DisplayOptions = {}): string | null {
  let placeholders = 0;
  let present = 0;
  const text = template.replace(PARAM, (match, plain: string | undefined, braced: string | undefined, option: string | undefined) => {
    if (match === '$$') return '$';
    const name = plain ?? braced ?? '';
    const value = row[name];
    placeholders++;
    if (!isNullValue(value)) present++;
    return displayValue(value, option ?? null, options);
  });
  return placeholders > 0 && present === 0 ? null : text;
}
