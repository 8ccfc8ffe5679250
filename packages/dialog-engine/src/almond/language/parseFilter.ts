import type { ArgumentDef, Predicate, Value } from '@parley/thingtalk';
import type { Sentence } from './sentence.js';

/** Words that start a filter after a query: "xkcd comics whose title contains cat". */
export const FILTER_MARKERS: ReadonlySet<string> = new Set(['whose', 'with', 'where', 'which', 'that', 'having', 'if']);

type Operator = '=~' | '==' | '>=' | '<=';

const OPERATORS: readonly (readonly [string, Operator])[] = [
  ['contains', '=~'], ['containing', '=~'], ['contain', '=~'], ['includes', '=~'], ['including', '=~'], ['include', '=~'],
  ['mentions', '=~'], ['mentioning', '=~'], ['has', '=~'], ['with', '=~'], ['about', '=~'],
  ['greater than', '>='], ['more than', '>='], ['bigger than', '>='], ['larger than', '>='], ['higher than', '>='],
  ['above', '>='], ['over', '>='], ['at least', '>='], ['after', '>='],
  ['less than', '<='], ['fewer than', '<='], ['smaller than', '<='], ['lower than', '<='], ['below', '<='], ['under', '<='],
  ['at most', '<='], ['before', '<='],
  ['equal to', '=='], ['equals', '=='], ['is', '=='], ['=', '=='],
];

/** The operator written at `index` (an "is" / "are" before it is read too) and where it ends. */
function operatorAt(sentence: Sentence, index: number): { operator: Operator; end: number } | null {
  const text = (offset: number): string => sentence.words[offset]?.text ?? '';
  const start = (text(index) === 'is' || text(index) === 'are') && text(index + 1) !== '' ? index + 1 : index;
  for (const at of start === index ? [index] : [start, index]) {
    for (const [spoken, operator] of OPERATORS) {
      const parts = spoken.split(' ');
      if (parts.every((part, offset) => text(at + offset) === part)) return { operator, end: at + parts.length };
    }
  }
  return null;
}

/** The output parameter named at `index` ("title", "the alt text") and where its name ends. */
function parameterAt(sentence: Sentence, index: number, outputs: readonly ArgumentDef[]): { arg: ArgumentDef; end: number } | null {
  const start = sentence.words[index]?.text === 'the' || sentence.words[index]?.text === 'its' ? index + 1 : index;
  for (const arg of outputs) {
    const parts = arg.name.split('_');
    if (parts.every((part, offset) => sentence.words[start + offset]?.stem === part || sentence.words[start + offset]?.text === part)) {
      return { arg, end: start + parts.length };
    }
  }
  return null;
}

/** The value compared with: a number or measure for those types; quoted or plain words for strings. */
function operandAt(sentence: Sentence, start: number, end: number, arg: ArgumentDef, stop: ReadonlySet<string>): { value: Value; end: number } | null {
  const span = sentence.valuesAt.get(start)?.find((candidate) => candidate.end <= end);
  const kind = arg.type.kind;
  if (kind === 'Number' || kind === 'Measure') {
    return span !== undefined && span.value.type === kind ? { value: span.value, end: span.end } : null;
  }
  if (kind !== 'String' && kind !== 'Entity') return null;
  if (span !== undefined && span.value.type === 'String') return { value: span.value, end: span.end };
  let stopAt = start;
  while (stopAt < end && !stop.has(sentence.words[stopAt]?.stem ?? '') && sentence.words[stopAt]?.stem !== ',') stopAt += 1;
  if (stopAt === start) return null;
  return { value: { type: 'String', value: sentence.words.slice(start, stopAt).map((word) => word.text).join(' ') }, end: stopAt };
}

/**
 * A filter on a query's outputs over words `start`…`end` (starting with a marker): "whose title contains cat",
 * "with number greater than 1000", "with title containing moon". Returns the predicate and where it ends;
 * a string operand stops at a word of `stop` (the words around a stream: "… is published").
 */
export function parseFilter(sentence: Sentence, start: number, end: number, outputs: readonly ArgumentDef[], stop: ReadonlySet<string>): { filter: Predicate; end: number } | null {
  if (!FILTER_MARKERS.has(sentence.words[start]?.text ?? '')) return null;
  const param = parameterAt(sentence, start + 1, outputs);
  if (param === null) return null;
  const operator = operatorAt(sentence, param.end);
  if (operator === null) return null;
  const isString = param.arg.type.kind === 'String' || param.arg.type.kind === 'Entity';
  if (isString !== (operator.operator === '=~' || operator.operator === '==')) return null;
  const operand = operandAt(sentence, operator.end, end, param.arg, stop);
  if (operand === null) return null;
  return { filter: { type: 'Atom', name: param.arg.name, operator: operator.operator, value: operand.value }, end: operand.end };
}
