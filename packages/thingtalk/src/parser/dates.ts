import type { DateBase, DateValue, MeasureValue, CompoundMeasureValue } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseMeasureSum } from './measures.js';

/** Units allowed in `start_of(…)`/`end_of(…)` (thingtalk 1.x rejects ms and s: not enough resolution). */
const EDGE_UNITS = new Set(['min', 'h', 'day', 'week', 'mon', 'year']);

function parseNumberList(c: Cursor): number[] {
  const numbers: number[] = [];
  c.expect('(');
  if (!c.at(')')) {
    numbers.push(c.expectKind('number', 'a number').value);
    while (c.accept(',')) numbers.push(c.expectKind('number', 'a number').value);
  }
  c.expect(')');
  return numbers;
}

/** After `new Date` / `makeDate`: `()`, `(y, m, d[, h, mi, s])`, `(unix_ms)` or `("ISO 8601")`. */
function parseDateArguments(c: Cursor): DateBase {
  if (c.at('(') && c.atKind('string', 1)) {
    c.next();
    const token = c.next();
    const time = Date.parse(token.kind === 'string' ? token.value : '');
    if (Number.isNaN(time)) c.failAt(token, `invalid date ${token.text}`);
    c.expect(')');
    return { kind: 'instant', iso: new Date(time).toISOString() };
  }
  const start = c.peek();
  const numbers = parseNumberList(c);
  if (numbers.length === 0) return { kind: 'now' };
  if (numbers.length === 1) {
    const instant = new Date(numbers[0] as number);
    if (Number.isNaN(instant.getTime())) c.failAt(start, 'invalid date');
    return { kind: 'instant', iso: instant.toISOString() };
  }
  if (numbers.length !== 3 && numbers.length !== 6) c.failAt(start, 'a date takes 0, 1, 3 or 6 numbers');
  const [year, month, day, hour = 0, minute = 0, second = 0] = numbers as [number, number, number, ...number[]];
  return { kind: 'absolute', year, month, day, hour, minute, second };
}

/** True when the next tokens start a date value. */
export function atDate(c: Cursor): boolean {
  return (c.at('new') && c.at('Date', 1)) || c.at('makeDate') || ((c.at('start_of') || c.at('end_of')) && c.at('(', 1));
}

/** `new Date(…)`, `makeDate(…)`, `start_of(unit)`, `end_of(unit)`, each optionally `+`/`-` a (sum of) measure(s). */
export function parseDate(c: Cursor): DateValue {
  let base: DateBase;
  if (c.accept('new')) {
    c.expect('Date');
    base = parseDateArguments(c);
  } else if (c.accept('makeDate')) {
    base = parseDateArguments(c);
  } else {
    const edge = c.next().text === 'start_of' ? 'start_of' : 'end_of';
    c.expect('(');
    const unitToken = c.expectKind('word', 'a time unit');
    if (!EDGE_UNITS.has(unitToken.text)) c.failAt(unitToken, `invalid unit ${unitToken.text} for ${edge}`);
    c.expect(')');
    base = { kind: 'edge', edge, unit: unitToken.text };
  }
  let operator: '+' | '-' = '+';
  let offset: MeasureValue | CompoundMeasureValue | null = null;
  if ((c.at('+') || c.at('-')) && (c.atKind('measure', 1) || (c.at('(', 1) && c.atKind('measure', 2)))) {
    operator = c.next().text === '-' ? '-' : '+';
    offset = parseMeasureSum(c);
  }
  return { type: 'Date', value: base, operator, offset };
}
