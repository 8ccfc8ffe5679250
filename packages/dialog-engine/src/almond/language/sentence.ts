import { recognizeValues, type ValueSpan } from './recognizeValues.js';
import { words, type Word } from './words.js';

/** A command ready for matching: its words, the values found in them, and where each stem occurs. */
export interface Sentence {
  readonly words: readonly Word[];
  readonly values: readonly ValueSpan[];
  /** Values by their first word. */
  readonly valuesAt: ReadonlyMap<number, readonly ValueSpan[]>;
  /** Words that belong to a value. */
  readonly inValue: readonly boolean[];
  readonly stems: ReadonlySet<string>;
}

export function sentenceOf(text: string): Sentence {
  const list = words(text);
  return sentenceOfWords(list);
}

export function sentenceOfWords(list: readonly Word[]): Sentence {
  const values = recognizeValues(list);
  const valuesAt = new Map<number, ValueSpan[]>();
  const inValue = list.map(() => false);
  for (const span of values) {
    valuesAt.set(span.start, [...(valuesAt.get(span.start) ?? []), span]);
    for (let index = span.start; index < span.end; index += 1) inValue[index] = true;
  }
  return { words: list, values, valuesAt, inValue, stems: new Set(list.map((word) => word.stem)) };
}
