import type { CompoundMeasureValue, MeasureValue } from '../ast/index.js';
import type { Cursor } from './cursor.js';

function parseMeasure(c: Cursor): MeasureValue {
  const token = c.expectKind('measure', 'a measure');
  return { type: 'Measure', value: token.value, unit: token.unit };
}

/** `6ft`, `6ft + 3in`, `(6ft + 3in)`: one measure, or a compound measure when there are several. */
export function parseMeasureSum(c: Cursor): MeasureValue | CompoundMeasureValue {
  const parenthesized = c.accept('(');
  const parts = [parseMeasure(c)];
  while (c.at('+') && c.atKind('measure', 1)) {
    c.next();
    parts.push(parseMeasure(c));
  }
  if (parenthesized) c.expect(')');
  const [first] = parts;
  return parts.length === 1 && first !== undefined ? first : { type: 'CompoundMeasure', value: parts };
}
