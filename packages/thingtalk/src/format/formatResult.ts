// Results → messages, from the function's `#_[formatted]` specification, with the reference's fallbacks
// (TT `runtime/formatter.js` formatForType): aggregations get fixed sentences, functions without a
// specification get "The <argument> is <value>." per output.
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import { cleanName } from '../describe/cleanName.js';
import { isNullValue, type Row } from '../runtime/values.js';
import { displayValue, type DisplayOptions } from './displayValue.js';
import { formattedToString, makeFormattedObject, type FormattedMessage } from './formattedObjects.js';
import { formatSpecOf, type FormatSpec } from './formatSpec.js';
import { interpolate, placeholderNames } from './interpolate.js';

const AGGREGATION = /^([a-zA-Z]+)\(([^)]+)\)$/;

/** Applies a format specification to one result; invalid or empty entries are dropped, `code` entries ignored. */
export function applyFormatSpec(spec: FormatSpec, row: Row, options: DisplayOptions = {}): FormattedMessage[] {
  const messages: FormattedMessage[] = [];
  for (const entry of spec) {
    if (typeof entry === 'string') {
      const text = interpolate(entry, row, options);
      if (text !== null && text !== '') messages.push(text);
      continue;
    }
    if (entry.type === 'text') {
      const text = interpolate(String(entry['text'] ?? ''), row, options);
      if (text !== null && text !== '') messages.push(text);
      continue;
    }
    const fields: Record<string, string | null> = {};
    for (const [name, field] of Object.entries(entry)) {
      if (name !== 'type') fields[name] = interpolate(String(field), row, options);
    }
    const object = makeFormattedObject(entry.type, fields);
    if (object !== null) messages.push(object);
  }
  return messages;
}

function splitOutputType(outputType: string): [kind: string, name: string] {
  const separator = outputType.lastIndexOf(':');
  return [outputType.slice(0, separator), outputType.slice(separator + 1)];
}

function argumentCanonical(classes: SchemaRetriever, outputType: string | null, key: string): string {
  if (outputType !== null) {
    const [kind, name] = splitOutputType(outputType);
    const argument = classes.getFunction(kind, name)?.args.find((arg) => arg.name === key);
    const canonical = argument?.annotations.nl['canonical'];
    if (canonical?.type === 'String') return canonical.value;
  }
  return cleanName(key);
}

function formatFallback(classes: SchemaRetriever, outputType: string | null, row: Row, options: DisplayOptions): string[] {
  return Object.entries(row)
    .filter(([key, value]) => !key.startsWith('__') && !isNullValue(value))
    .map(([key, value]) => `The ${argumentCanonical(classes, outputType, key)} is ${displayValue(value, null, options)}.`);
}

function formatAggregation(classes: SchemaRetriever, operator: string, inner: string, row: Row, options: DisplayOptions): string[] {
  const count = row['count'];
  if (operator === 'count' && typeof count === 'number')
    return [count === 1 ? 'I found 1 result.' : `I found ${count} results.`];
  const [key] = Object.keys(row);
  if (key === undefined) return [];
  const canonical = argumentCanonical(classes, inner, key);
  const value = row[key];
  switch (operator) {
    case 'count':
      return [value === 1 ? `I found only one value of ${canonical}.` : `I found ${displayValue(value, null, options)} distinct values of ${canonical}.`];
    case 'min':
      return [`The minimum ${canonical} is ${displayValue(value, null, options)}.`];
    case 'max':
      return [`The maximum ${canonical} is ${displayValue(value, null, options)}.`];
    case 'avg':
      return [`The average ${canonical} is ${displayValue(value, null, options)}.`];
    case 'sum':
      return [`The total ${canonical} is ${displayValue(value, null, options)}.`];
    default:
      return formatFallback(classes, inner, row, options);
  }
}

/**
 * Formats one result of type `outputType` (`com.xkcd:get_comic`, `count(com.bing:web_search)`, joins as
 * `a:f+b:g` use the last function, null for results of no function).
 */
export function formatResult(
  classes: SchemaRetriever,
  outputType: string | null,
  row: Row,
  options: DisplayOptions = {},
): FormattedMessage[] {
  if (outputType === null) return formatFallback(classes, null, row, options);
  const last = outputType.split('+').at(-1) ?? outputType;
  const aggregation = AGGREGATION.exec(last);
  if (aggregation !== null) return formatAggregation(classes, aggregation[1] ?? '', aggregation[2] ?? '', row, options);
  const [kind, name] = splitOutputType(last);
  const spec = formatSpecOf(classes.getFunction(kind, name, 'query'));
  if (spec.length === 0) return formatFallback(classes, last, row, options);
  const messages = applyFormatSpec(spec, row, options);
  // A projection can remove every parameter the specification shows; then say what is left.
  if (messages.length === 0 && !specNames(spec).some((param) => Object.hasOwn(row, param))) return formatFallback(classes, last, row, options);
  return messages;
}

function specNames(spec: FormatSpec): string[] {
  return spec.flatMap((entry) =>
    typeof entry === 'string'
      ? placeholderNames(entry)
      : Object.entries(entry).flatMap(([field, value]) => (field === 'type' ? [] : placeholderNames(String(value)))),
  );
}

/** A result as one string: each message's text fallback, one per line (what `$event` stands for). */
export function formatResultAsText(classes: SchemaRetriever, outputType: string | null, row: Row, options: DisplayOptions = {}): string {
  return formatResult(classes, outputType, row, options).map(formattedToString).join('\n');
}
