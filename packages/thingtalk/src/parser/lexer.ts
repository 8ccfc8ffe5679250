import { ThingTalkSyntaxError } from './syntaxError.js';
import type { SourcePosition, Token } from './tokens.js';

const PUNCTUATION = [
  '=>', '==', '>=', '<=', '=~', '~=', '!=', ':=', '&&', '||', '**', '->', '#_[', '#[',
  '(', ')', '[', ']', '{', '}', ',', ';', ':', '.', '=', '!', '+', '-', '*', '/', '%', '\\', '~', '>', '<',
];

/** Tokens after which `-` is a binary minus, not the sign of a number. */
const VALUE_END = new Set(['word', 'string', 'number', 'measure', 'dollar', 'entitytype', 'classname']);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function code(ch: string | undefined): number {
  return ch === undefined ? -1 : ch.charCodeAt(0);
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
const isIdentStart = (ch: string | undefined): boolean => isLetter(code(ch));
const isIdentChar = (ch: string | undefined): boolean => {
  const c = code(ch);
  return isLetter(c) || isDigitCode(c);
};
const isClassChar = (ch: string | undefined): boolean => isIdentChar(ch) || ch === '-';
const isDigit = (ch: string | undefined): boolean => isDigitCode(code(ch));
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\v' || ch === '\f' || ch === '\u00a0';

/** Two-character operators by their first character. */
const TWO_CHAR = new Map<string, Set<string>>();
for (const p of PUNCTUATION) {
  if (p.length !== 2) continue;
  const [first = '', second = ''] = p;
  TWO_CHAR.set(first, (TWO_CHAR.get(first) ?? new Set()).add(second));
}
const ONE_CHAR = new Set(PUNCTUATION.filter((p) => p.length === 1));

/** The punctuation starting at `i`: the longest operator first. */
function punctuationAt(source: string, i: number): string | undefined {
  const one = source[i];
  if (one === undefined) return undefined;
  if (one === '#' && source[i + 1] === '_' && source[i + 2] === '[') return '#_[';
  const second = source[i + 1];
  if (second !== undefined && TWO_CHAR.get(one)?.has(second) === true) return one + second;
  return ONE_CHAR.has(one) ? one : undefined;
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
  const readWhile = (pred: (ch: string | undefined) => boolean): string => {
    const start = i;
    while (i < source.length && pred(source[i])) i++;
    return source.slice(start, i);
  };
  const readDotted = (part: (ch: string | undefined) => boolean): string => {
    let text = readWhile(part);
    while (source[i] === '.' && isIdentStart(source[i + 1])) {
      i++;
      text += '.' + readWhile(part);
    }
    return text;
  };

  while (i < source.length) {
    const ch = source[i] as string;
    const start = i;
    if (ch === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) fail(start, 'unterminated comment');
      for (let j = i; j < end; j++) {
        if (source[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      i = end + 2;
      continue;
    }
    const pos = here(start);
    if (isIdentStart(ch)) {
      tokens.push({ kind: 'word', text: readWhile(isIdentChar), pos });
      continue;
    }
    if (ch === '@') {
      i++;
      if (!isIdentStart(source[i])) fail(i, 'expected a class name after "@"');
      tokens.push({ kind: 'classname', text: readDotted(isClassChar), pos });
      continue;
    }
    if (ch === '^' && source[i + 1] === '^') {
      // thingtalk 1.x allows blanks between the parts: `"x"^^ com . google . drive : file_id`
      const skipBlanks = (): void => {
        while (source[i] === ' ' || source[i] === '\t') i++;
      };
      const part = (): string => {
        skipBlanks();
        if (!isIdentStart(source[i])) fail(i, 'expected an entity type after "^^"');
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
      tokens.push({ kind: 'entitytype', text: `${prefix}:${part()}`, pos });
      continue;
    }
    if (ch === '$') {
      i++;
      if (source[i] === '?') {
        i++;
        tokens.push({ kind: 'dollar', text: '?', pos });
      } else {
        if (!isIdentStart(source[i])) fail(i, 'expected a name or "?" after "$"');
        tokens.push({ kind: 'dollar', text: readWhile(isIdentChar), pos });
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      i++;
      let value = '';
      for (;;) {
        let plain = i;
        while (plain < source.length && source[plain] !== ch && source[plain] !== '\\' && source[plain] !== '\n') plain++;
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
      tokens.push({ kind: 'string', text: source.slice(start, i), value, pos });
      continue;
    }
    const prev = tokens[tokens.length - 1];
    const signed =
      ch === '-' &&
      (isDigit(source[i + 1]) || (source[i + 1] === '.' && isDigit(source[i + 2]))) &&
      !(prev !== undefined && (VALUE_END.has(prev.kind) || prev.text === ')' || prev.text === ']'));
    if (isDigit(ch) || (ch === '.' && isDigit(source[i + 1])) || signed) {
      if (signed) i++;
      readWhile(isDigit);
      if (source[i] === '.' && isDigit(source[i + 1])) {
        i++;
        readWhile(isDigit);
      }
      if ((source[i] === 'e' || source[i] === 'E') && (isDigit(source[i + 1]) || (/[+-]/.test(source[i + 1] ?? '') && isDigit(source[i + 2])))) {
        i += 2;
        readWhile(isDigit);
      }
      const numberText = source.slice(start, i);
      const value = Number(numberText);
      if (isIdentStart(source[i])) {
        const unit = readWhile(isIdentChar);
        tokens.push({ kind: 'measure', text: numberText + unit, value, unit, pos });
      } else {
        tokens.push({ kind: 'number', text: numberText, value, pos });
      }
      continue;
    }
    const punct = punctuationAt(source, i);
    if (punct === undefined) fail(start, `unexpected character ${JSON.stringify(ch)}`);
    else {
      i += punct.length;
      tokens.push({ kind: 'punct', text: punct, pos });
    }
  }
  tokens.push({ kind: 'eof', text: '', pos: here(i) });
  return tokens;
}
