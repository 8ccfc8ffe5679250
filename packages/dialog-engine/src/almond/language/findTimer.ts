import { type Stream, type Value } from '@parley/thingtalk';
import { baseUnitOf } from '@parley/thingtalk/runtime';
import type { Sentence } from './sentence.js';

/** A timer said somewhere in a command ("every day at 9am", "every 5 minutes", "every morning"), with its words. */
interface TimerPhrase {
  readonly start: number;
  readonly end: number;
  readonly stream: Stream;
}

const NOW: Value = { type: 'Date', value: { kind: 'now' }, operator: '+', offset: null };

function every(amount: number, unit: string): Stream {
  return { type: 'Timer', base: NOW, interval: { type: 'Measure', value: amount, unit }, frequency: null };
}

function at(hour: number, minute = 0): Stream {
  return { type: 'AtTimer', time: [{ type: 'Time', value: { kind: 'absolute', hour, minute, second: 0 } }], expirationDate: null };
}

/** Parts of the day ("every morning") at the times of the builtin dataset ("tell me the date every morning" is 8:00). */
const PARTS_OF_DAY: Readonly<Record<string, Stream>> = { morning: at(8), evening: at(18), night: at(21), noon: at(12) };
const PERIODS: Readonly<Record<string, string>> = { second: 's', minute: 'min', hour: 'h', day: 'day', week: 'week' };
const ADVERBS: Readonly<Record<string, string>> = { hourly: 'h', daily: 'day', weekly: 'week' };

/** A time of day at word `index` ("9am", "7:30 pm", "noon", or a bare hour after "at") and where it ends. */
function timeAt(sentence: Sentence, index: number): { time: Value; end: number } | null {
  for (const span of sentence.valuesAt.get(index) ?? []) {
    if (span.value.type === 'Time') return { time: span.value, end: span.end };
    if (span.value.type === 'Number' && Number.isInteger(span.value.value) && span.value.value >= 0 && span.value.value <= 23) {
      return { time: { type: 'Time', value: { kind: 'absolute', hour: span.value.value, minute: 0, second: 0 } }, end: span.end };
    }
  }
  return null;
}

/** "at TIME" at `index`, or a time value alone. */
function atTime(sentence: Sentence, index: number): { time: Value; end: number } | null {
  if (sentence.words[index]?.text === 'at') return timeAt(sentence, index + 1);
  const value = sentence.valuesAt.get(index)?.find((span) => span.value.type === 'Time');
  return value === undefined ? null : { time: value.value, end: value.end };
}

function daily(time: Value): Stream {
  return { type: 'AtTimer', time: [time], expirationDate: null };
}

/** The first timer phrase of the sentence, or null. */
export function findTimer(sentence: Sentence): TimerPhrase | null {
  const list = sentence.words;
  for (let index = 0; index < list.length; index += 1) {
    const word = list[index]?.text ?? '';
    let periodEnd = -1;
    let unit: string | undefined = ADVERBS[word];
    if (unit !== undefined) periodEnd = index + 1;
    else if (word === 'every' || word === 'each') {
      const next = index + (list[index + 1]?.text === 'single' ? 2 : 1);
      const nextWord = list[next]?.text ?? '';
      const measure = sentence.valuesAt.get(next)?.find((span) => span.value.type === 'Measure' && baseUnitOf(span.value.unit) === 'ms');
      if (measure !== undefined && measure.value.type === 'Measure') {
        return { start: index, end: measure.end, stream: every(measure.value.value, measure.value.unit) };
      }
      if (PARTS_OF_DAY[nextWord] !== undefined) return { start: index, end: next + 1, stream: PARTS_OF_DAY[nextWord] };
      unit = PERIODS[nextWord.replace(/s$/, '')];
      if (unit !== undefined) periodEnd = next + 1;
    }
    if (unit === undefined) continue;
    const stream = every(1, unit);
    if (unit !== 'day') return { start: index, end: periodEnd, stream };
    // "every day at 9am", "at 9am every day", "9am daily"
    const after = atTime(sentence, periodEnd);
    if (after !== null) return { start: index, end: after.end, stream: daily(after.time) };
    for (let before = Math.max(0, index - 3); before < index; before += 1) {
      const found = atTime(sentence, before);
      if (found !== null && found.end === index) return { start: before, end: periodEnd, stream: daily(found.time) };
    }
    return { start: index, end: periodEnd, stream };
  }
  return null;
}
