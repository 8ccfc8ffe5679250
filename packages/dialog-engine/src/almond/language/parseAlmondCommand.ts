import { print, type Action, type Program, type Statement, type Stream, type Table } from '@parley/thingtalk';
import type { Lexicon } from './buildLexicon.js';
import { findTimer } from './findTimer.js';
import { ParseChart, type Reading as SpanReading } from './parseChart.js';
import type { FunctionRef } from './phrase.js';
import { sentenceOf, sentenceOfWords, type Sentence } from './sentence.js';
import type { Word } from './words.js';

/** One reading of a command: the program in ThingTalk, its cost and its calibrated score (0…1). */
export interface ParsedProgram {
  readonly code: string;
  readonly cost: number;
  readonly score: number;
}

const NOTIFY: Action = { type: 'Notify', name: 'notify' };

function programOf(statement: Statement): Program {
  return { type: 'Program', principal: null, classes: [], declarations: [], statements: [statement], oninputs: [] };
}

interface Reading {
  readonly program: Program;
  readonly cost: number;
}

/** How the rest of a command ends: with a query (shown) or an action (done). */
type Body = { readonly table: Table | null; readonly action: Action; readonly cost: number };

const NOTIFY_PREFIXES = ['notify me', 'let me know', 'alert me', 'tell me', 'inform me', 'warn me', 'ping me', 'message me', 'send me a notification', 'send me an alert', 'i want to know', 'i want to be notified', 'notify', 'alert'];
const MONITOR_VERBS = ['monitor', 'watch', 'keep an eye on', 'keep track of', 'track', 'follow', 'subscribe to'];
const NOTIFY_SUFFIXES = ['notify me', 'let me know', 'alert me', 'tell me', 'inform me', 'ping me', 'send me a notification', 'notify'];
const WHEN = new Set(['when', 'whenever', 'if', 'once']);
const CHAIN = ['and then', 'then', 'and after that', 'after that', 'and'];

/** Whether `phrase` is written at word `index`; its length, or 0. */
function saysAt(sentence: Sentence, index: number, phrase: string): number {
  const parts = phrase.split(' ');
  return parts.every((part, offset) => sentence.words[index + offset]?.text === part) ? parts.length : 0;
}

function skipComma(sentence: Sentence, index: number): number {
  return sentence.words[index]?.stem === ',' ? index + 1 : index;
}

class CommandParser {
  readonly chart: ParseChart;
  private readonly n: number;

  constructor(lexicon: Lexicon, readonly sentence: Sentence) {
    this.chart = new ParseChart(lexicon, sentence);
    let n = sentence.words.length;
    while (n > 0 && ['?', '!', ',', ';'].includes(sentence.words[n - 1]?.stem ?? '')) n -= 1;
    this.n = n;
  }

  /** What to do over a span: show a query, or run an action (which may name the outputs of `after`: "log it"). */
  private bodies(start: number, end: number, after: FunctionRef | null = null): Body[] {
    return [
      ...this.chart.query(start, end).map((reading) => ({ table: reading.value, action: NOTIFY, cost: reading.cost })),
      ...this.chart.action(start, end, after).map((reading) => ({ table: null, action: reading.value, cost: reading.cost })),
    ];
  }

  /** "X and then Y": a query whose results go to an action. */
  private chained(start: number, end: number): Body[] {
    const found: Body[] = [];
    for (let index = start + 1; index < end - 1; index += 1) {
      for (const marker of CHAIN) {
        const length = saysAt(this.sentence, index, marker);
        if (length === 0) continue;
        for (const query of this.chart.query(start, skipCommaBack(this.sentence, index))) {
          for (const action of this.chart.action(index + length, end, query.fn)) {
            found.push({ table: query.value, action: action.value, cost: query.cost + action.cost + (marker === 'and' ? 0.2 : 0.05) });
          }
        }
      }
    }
    return found;
  }

  /** Commands without a stream: queries, actions, chains and dataset programs. */
  commands(start: number, end: number): Reading[] {
    const found: Reading[] = [...this.bodies(start, end), ...this.chained(start, end)].map((body) => ({
      program: programOf({ type: 'Command', table: body.table, actions: [body.action] }),
      cost: body.cost,
    }));
    for (const reading of this.chart.program(start, end)) found.push({ program: reading.value, cost: reading.cost });
    return found;
  }

  private rules(stream: SpanReading<Stream>, extra: number, start: number, end: number): Reading[] {
    const found: Reading[] = [];
    const streamCost = stream.cost + extra;
    for (const body of [...this.bodies(start, end, stream.fn), ...this.chained(start, end)]) {
      const ruleStream: Stream = body.table === null ? stream.value : { type: 'Join', stream: stream.value, table: body.table, inParams: [] };
      found.push({ program: programOf({ type: 'Rule', stream: ruleStream, actions: [body.action] }), cost: streamCost + body.cost });
    }
    return found;
  }

  /** Monitors: "notify me when S", "when S notify me", "monitor Q"; rules: "when S, do A", "do A when S". */
  streams(): Reading[] {
    const { sentence, n } = this;
    const found: Reading[] = [];
    const notifyOn = (start: number, end: number, extra: number): void => {
      for (const stream of this.chart.stream(start, end)) {
        found.push({ program: programOf({ type: 'Rule', stream: stream.value, actions: [NOTIFY] }), cost: stream.cost + extra });
      }
    };
    for (const prefix of NOTIFY_PREFIXES) {
      const length = saysAt(sentence, 0, prefix);
      if (length > 0 && length < n) notifyOn(length, n, 0);
    }
    for (const verb of MONITOR_VERBS) {
      const length = saysAt(sentence, 0, verb);
      if (length > 0 && length < n) notifyOn(length, n, 0.1);
    }
    if (WHEN.has(sentence.words[0]?.text ?? '')) {
      notifyOn(0, n, 0.3);
      for (let split = 2; split < n; split += 1) {
        const streamEnd = skipCommaBack(sentence, split);
        const rest = skipComma(sentence, split);
        const suffix = NOTIFY_SUFFIXES.find((phrase) => saysAt(sentence, rest, phrase) === n - rest);
        if (suffix !== undefined) {
          notifyOn(0, streamEnd, 0);
          continue;
        }
        const bodyStart = saysAt(sentence, rest, 'then') > 0 ? rest + 1 : rest;
        if (bodyStart >= n) continue;
        const comma = streamEnd < split ? 0 : 0.1;
        for (const stream of this.chart.stream(0, streamEnd)) found.push(...this.rules(stream, comma, bodyStart, n));
      }
    }
    for (let split = 1; split < n - 1; split += 1) {
      if (!WHEN.has(sentence.words[split]?.text ?? '')) continue;
      for (const stream of this.chart.stream(split, n)) found.push(...this.rules(stream, 0.05, 0, skipCommaBack(sentence, split)));
    }
    return found;
  }

  readings(): Reading[] {
    return this.n === 0 ? [] : [...this.commands(0, this.n), ...this.streams()];
  }
}

function skipCommaBack(sentence: Sentence, index: number): number {
  return sentence.words[index - 1]?.stem === ',' ? index - 1 : index;
}

/** A timer said anywhere ("every day at 9am …", "… every hour") around a command. */
function timedReadings(lexicon: Lexicon, sentence: Sentence): Reading[] {
  const timer = findTimer(sentence);
  if (timer === null) return [];
  const rest: Word[] = [...sentence.words.slice(0, timer.start), ...sentence.words.slice(timer.end)].filter(
    (word, index, list) => !(word.stem === ',' && (index === 0 || list[index - 1]?.stem === ',')),
  );
  const parser = new CommandParser(lexicon, sentenceOfWords(rest));
  return parser.commands(0, rest.length).flatMap((reading): Reading[] => {
    const [statement] = reading.program.statements;
    if (reading.program.statements.length !== 1 || statement?.type !== 'Command') return [];
    const stream: Stream = statement.table === null ? timer.stream : { type: 'Join', stream: timer.stream, table: statement.table, inParams: [] };
    return [{ program: programOf({ type: 'Rule', stream, actions: statement.actions }), cost: reading.cost }];
  });
}

/** The code without its `name=$?` parameters. */
function withoutUndefined(code: string): string {
  return code.replace(/, \w+=\$\?/g, '').replace(/\(\w+=\$\?(?:, )?/g, '(');
}

/** Softmax temperature over costs. */
const TEMPERATURE = 0.35;
/**
 * Exponent that calibrates the raw score (fit × share) on the development set: there, readings whose raw score was
 * at least 0.25 were all right and those around 0.2 right about two times in three, so 0.25 maps to 0.5.
 */
const CALIBRATION = 0.5;

/**
 * Parses a command with the construct templates of the Almond agent (commands, queries, monitors, timers,
 * rules, chains, filters) over the phrases of the installed devices. Readings come best first, one per program,
 * with a score in 0…1 that combines how well the words fit (e^−cost) and how far the reading is ahead of the
 * others (a softmax over costs), calibrated on the development set.
 */
export function parseAlmondCommand(lexicon: Lexicon, text: string, limit = 5): ParsedProgram[] {
  const sentence = sentenceOf(text);
  const readings = [...new CommandParser(lexicon, sentence).readings(), ...timedReadings(lexicon, sentence)];
  const best = new Map<string, number>();
  for (const reading of readings) {
    const code = print(reading.program);
    const known = best.get(code);
    if (known === undefined || reading.cost < known) best.set(code, reading.cost);
  }
  // a reading that only leaves out a value another reading has ("xkcd" vs "xkcd $?") says less: drop it
  const ranked = [...best.entries()].sort((a, b) => a[1] - b[1]).filter(([code]) => !code.includes('$?') || !best.has(withoutUndefined(code)));
  const [top] = ranked;
  if (top === undefined) return [];
  const total = ranked.reduce((sum, [, cost]) => sum + Math.exp(-(cost - top[1]) / TEMPERATURE), 0);
  return ranked.slice(0, limit).map(([code, cost]) => {
    const raw = Math.exp(-cost) * (Math.exp(-(cost - top[1]) / TEMPERATURE) / total);
    return { code, cost, score: raw ** CALIBRATION };
  });
}
