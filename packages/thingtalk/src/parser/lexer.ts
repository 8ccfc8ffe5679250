import { ThingTalkSyntaxError } from './syntaxError.js';
import { makeToken } from './tokens.js';
import type { SourcePosition, Token, TokenKind } from './tokens.js';

const PUNCTUATION = [
  '=>', '==', '>=', '<=', '=~', '~=', '!=', ':=', '&&', '||', '**', '->', '#_[', '#[',
  '(', ')', '[', ']', '{', '}', ',', ';', ':', '.', '=', '!', '+', '-', '*', '/', '%', '\\', '~', '>', '<',
];

/** Tokens after which `-` is a binary minus, not the sign of a number. */
const VALUE_END = new Set(['word', 'string', 'number', 'measure', 'dollar', 'entitytype', 'classname']);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** `charCodeAt` is NaN past the end, which no predicate accepts. */
const isIdentStart = (c: number): boolean => isLetter(c);
const isIdentChar = (c: number): boolean => isLetter(c) || isDigitCode(c);
const isClassChar = (c: number): boolean => isIdentChar(c) || c === 45;
const isDigit = (c: number): boolean => isDigitCode(c);

/** Two-character operators by the code of their first character: [code of the second, operator]. */
const TWO_CHAR: (readonly (readonly [number, string])[] | undefined)[] = [];
/** One-character operators by their code. */
const ONE_CHAR: (string | undefined)[] = [];
for (const p of PUNCTUATION) {
  const first = p.charCodeAt(0);
  if (p.length === 1) ONE_CHAR[first] = p;
  else if (p.length === 2) TWO_CHAR[first] = [...(TWO_CHAR[first] ?? []), [p.charCodeAt(1), p]];
}

/** The punctuation starting at `i`: the longest operator first. */
function punctuationAt(source: string, i: number): string | undefined {
  const first = source.charCodeAt(i);
  if (first === 35 && source.charCodeAt(i + 1) === 95 && source.charCodeAt(i + 2) === 91) return '#_[';
  const pairs = TWO_CHAR[first];
  if (pairs !== undefined) {
    const second = source.charCodeAt(i + 1);
    for (const [code, operator] of pairs) if (code === second) return operator;
  }
  return ONE_CHAR[first];
}

/** Splits ThingTalk source into tokens (comments and whitespace dropped), ending with an `eof` token. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (offset: number): SourcePosition => ({ line, column: offset - lineStart + 1, offset });
  function fail(offset: number, detail: string): never {
    throw new ThingTalkSyntaxError(here(offset), detail);
  }
  const at = (offset: number): number => source.charCodeAt(offset);
  /** Adds a token that starts at `start` (tokens never span lines). */
  const emit = (kind: TokenKind, text: string, start: number, value: string | number = '', unit = ''): void => {
    tokens.push(makeToken(kind, text, line, start - lineStart + 1, start, value, unit));
  };
  const readWhile = (pred: (c: number) => boolean): string => {
    const start = i;
    while (pred(source.charCodeAt(i))) i++;
    return source.slice(start, i);
  };
  /** An identifier (the hot path: most tokens are words). */
  const readIdentifier = (): string => {
    const start = i;
    for (let c = source.charCodeAt(i); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = source.charCodeAt(++i));
    return source.slice(start, i);
  };
  /** `com.xkcd.get_comic` after `@`: class characters (dashes too) and dots followed by a letter. */
  const readClassName = (): string => {
    const start = i;
    for (let c = source.charCodeAt(i); ; c = source.charCodeAt(++i)) {
      if (isClassChar(c)) continue;
      if (c === 46 && isIdentStart(source.charCodeAt(i + 1))) continue;
      break;
    }
    return source.slice(start, i);
  };

  while (i < source.length) {
    const c = source.charCodeAt(i);
    const start = i;
    if (c === 10) {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0) {
      i++;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
      emit('word', readIdentifier(), start);
      continue;
    }
    const ch = source[i] as string;
    if (ch === '/' && source[i + 1] === '/') {
      while (i < source.length && source.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) fail(start, 'unterminated comment');
      for (let j = source.indexOf('\n', i); j >= 0 && j < end; j = source.indexOf('\n', j + 1)) {
        line++;
        lineStart = j + 1;
      }
      i = end + 2;
      continue;
    }
    if (ch === '@') {
      i++;
      if (!isIdentStart(at(i))) fail(i, 'expected a class name after "@"');
      emit('classname', readClassName(), start);
      continue;
    }
    if (ch === '^' && source[i + 1] === '^') {
      // thingtalk 1.x allows blanks between the parts: `"x"^^ com . google . drive : file_id`
      const skipBlanks = (): void => {
        while (source[i] === ' ' || source[i] === '\t') i++;
      };
      const part = (): string => {
        skipBlanks();
        if (!isIdentStart(at(i))) fail(i, 'expected an entity type after "^^"');
        return readWhile(isClassChar);
      };
      i += 2;
      let prefix = part();
      for (skipBlanks(); source[i] === '.'; skipBlanks()) {
        i++;
        prefix += '.' + part();
      }
      if (source[i] !== ':') fail(i, 'expected ":" and a name in the entity type');
      i++;
      emit('entitytype', `${prefix}:${part()}`, start);
      continue;
    }
    if (ch === '$') {
      i++;
      if (source[i] === '?') {
        i++;
        emit('dollar', '?', start);
      } else {
        if (!isIdentStart(at(i))) fail(i, 'expected a name or "?" after "$"');
        emit('dollar', readIdentifier(), start);
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      const quote = c;
      i++;
      let value = '';
      for (;;) {
        let plain = i;
        for (let k = source.charCodeAt(plain); plain < source.length && k !== quote && k !== 92 && k !== 10; k = source.charCodeAt(++plain));
        value += source.slice(i, plain);
        i = plain;
        const c = source[i];
        if (c === undefined || c === '\n') fail(start, 'unterminated string');
        i++;
        if (c === ch) break;
        if (c === '\\') {
          const e = source[i++];
          if (e === 'u') {
            const hex = source.slice(i, i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(i, 'invalid \\u escape');
            value += String.fromCharCode(parseInt(hex, 16));
            i += 4;
          } else if (e === undefined) {
            fail(start, 'unterminated string');
          } else {
            value += ESCAPES[e] ?? e;
          }
        } else {
          value += c;
        }
      }
      emit('string', source.slice(start, i), start, value);
      continue;
    }
    const prev = tokens[tokens.length - 1];
    const signed =
      ch === '-' &&
      (isDigit(at(i + 1)) || (source[i + 1] === '.' && isDigit(at(i + 2)))) &&
      !(prev !== undefined && (VALUE_END.has(prev.kind) || prev.text === ')' || prev.text === ']'));
    if (isDigit(c) || (ch === '.' && isDigit(at(i + 1))) || signed) {
      if (signed) i++;
      readWhile(isDigit);
      if (source[i] === '.' && isDigit(at(i + 1))) {
        i++;
        readWhile(isDigit);
      }
      if ((source[i] === 'e' || source[i] === 'E') && (isDigit(at(i + 1)) || (/[+-]/.test(source[i + 1] ?? '') && isDigit(at(i + 2))))) {
        i += 2;
        readWhile(isDigit);
      }
      const numberText = source.slice(start, i);
      const value = Number(numberText);
      if (isIdentStart(at(i))) {
        const unit = readIdentifier();
        emit('measure', numberText + unit, start, value, unit);
      } else {
        emit('number', numberText, start, value);
      }
      continue;
    }
    const punct = punctuationAt(source, i);
    if (punct === undefined) fail(start, `unexpected character ${JSON.stringify(ch)}`);
    else {
      i += punct.length;
      emit('punct', punct, start);
    }
  }
  tokens.push(makeToken('eof', '', line, i - lineStart + 1, i));
  return tokens;
}
