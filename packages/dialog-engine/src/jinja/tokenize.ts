import { JinjaError } from './jinjaError.js';

export type TokenType =
  | 'data' | 'block_begin' | 'block_end' | 'variable_begin' | 'variable_end'
  | 'name' | 'string' | 'integer' | 'float' | 'operator' | 'eof';

export interface Token {
  readonly type: TokenType;
  readonly value: string;
  readonly line: number;
}

const OPERATORS = ['//', '**', '==', '!=', '<=', '>=', '+', '-', '*', '/', '%', '~', '<', '>', '=', '(', ')', '[', ']', '{', '}', ',', '.', ':', '|'];
const NUMBER = /^\d[\d_]*(\.\d[\d_]*)?([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const RAW_BLOCK = /^\{%[-+]?\s*raw\s*-?%\}/;
const END_RAW = /\{%(-?)\s*endraw\s*(-?)%\}/g;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\u0007', b: '\b', f: '\f', v: '\v' };

/** Reads a Python string literal starting at `start` (a quote); returns its value and the index after it. */
function readString(source: string, start: number, line: number): [string, number] {
  const quote = source[start];
  let value = '';
  let index = start + 1;
  while (index < source.length && source[index] !== quote) {
    const char = source[index] ?? '';
    if (char === '\\' && index + 1 < source.length) {
      const next = source[index + 1] ?? '';
      const unicode = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(source.slice(index + 2)) : next === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(index + 2)) : null;
      if (unicode !== null) {
        value += String.fromCharCode(Number.parseInt(unicode[0], 16));
        index += 2 + unicode[0].length;
        continue;
      }
      value += ESCAPES[next] ?? `\\${next}`;
      index += 2;
      continue;
    }
    value += char;
    index += 1;
  }
  if (index >= source.length) throw new JinjaError('unexpected end of string', line);
  return [value, index + 1];
}

class Lexer {
  readonly tokens: Token[] = [];
  private line = 1;
  private index = 0;
  /** Set by `-%}`, `-}}`, `-#}`: the next data token loses its leading whitespace. */
  private stripNext = false;

  constructor(private readonly source: string) {}

  run(): Token[] {
    while (this.index < this.source.length) {
      const next = this.findTagStart();
      this.pushData(this.source.slice(this.index, next.at), next.stripBefore);
      if (next.kind === 'none') break;
      this.index = next.at;
      if (next.kind === 'comment') this.skipComment();
      else if (next.kind === 'block' && RAW_BLOCK.test(this.source.slice(this.index))) this.readRaw();
      else this.readTag(next.kind);
    }
    this.tokens.push({ type: 'eof', value: '', line: this.line });
    return this.tokens;
  }

  private findTagStart(): { kind: 'block' | 'variable' | 'comment' | 'none'; at: number; stripBefore: boolean } {
    let at = this.source.indexOf('{', this.index);
    while (at !== -1) {
      const second = this.source[at + 1];
      const kind = second === '%' ? 'block' : second === '{' ? 'variable' : second === '#' ? 'comment' : undefined;
      if (kind !== undefined) return { kind, at, stripBefore: this.source[at + 2] === '-' };
      at = this.source.indexOf('{', at + 1);
    }
    return { kind: 'none', at: this.source.length, stripBefore: false };
  }

  private pushData(text: string, stripBefore: boolean): void {
    let data = this.stripNext ? text.replace(/^\s+/, '') : text;
    this.stripNext = false;
    if (stripBefore) data = data.replace(/\s+$/, '');
    const line = this.line;
    this.line += countLines(text);
    if (data.length > 0) this.tokens.push({ type: 'data', value: data, line });
  }

  private skipComment(): void {
    const end = this.source.indexOf('#}', this.index + 2);
    if (end === -1) throw new JinjaError('missing end of comment tag', this.line);
    this.stripNext = this.source[end - 1] === '-' && end - 1 > this.index + 2;
    this.line += countLines(this.source.slice(this.index, end));
    this.index = end + 2;
  }

  private readRaw(): void {
    const opening = RAW_BLOCK.exec(this.source.slice(this.index));
    const bodyStart = this.index + (opening?.[0].length ?? 0);
    END_RAW.lastIndex = bodyStart;
    const closing = END_RAW.exec(this.source);
    if (closing === null) throw new JinjaError("missing end of raw directive ('endraw')", this.line);
    let body = this.source.slice(bodyStart, closing.index);
    if (opening?.[0].endsWith('-%}') === true) body = body.replace(/^\s+/, '');
    if (closing[1] === '-') body = body.replace(/\s+$/, '');
    const line = this.line;
    this.line += countLines(this.source.slice(this.index, closing.index + closing[0].length));
    if (body.length > 0) this.tokens.push({ type: 'data', value: body, line });
    this.stripNext = closing[2] === '-';
    this.index = closing.index + closing[0].length;
  }

  private readTag(kind: 'block' | 'variable'): void {
    this.tokens.push({ type: kind === 'block' ? 'block_begin' : 'variable_begin', value: '', line: this.line });
    this.index += 2;
    if (this.source[this.index] === '-' || this.source[this.index] === '+') this.index += 1;
    const close = kind === 'block' ? '%}' : '}}';
    let braces = 0;
    for (;;) {
      this.skipSpace();
      if (this.index >= this.source.length) throw new JinjaError(`unexpected end of template, expected '${close}'`, this.line);
      const rest = this.source.slice(this.index, this.index + 3);
      if (braces === 0 && (rest.startsWith(close) || rest === `-${close}`)) {
        this.stripNext = rest.startsWith('-');
        this.index += this.stripNext ? 3 : 2;
        this.tokens.push({ type: kind === 'block' ? 'block_end' : 'variable_end', value: '', line: this.line });
        return;
      }
      const token = this.readExpressionToken();
      if (token.value === '{' && token.type === 'operator') braces += 1;
      if (token.value === '}' && token.type === 'operator') braces -= 1;
      if (braces < 0) throw new JinjaError("unexpected '}'", this.line);
      this.tokens.push(token);
    }
  }

  private skipSpace(): void {
    while (this.index < this.source.length && /\s/.test(this.source[this.index] ?? '')) {
      if (this.source[this.index] === '\n') this.line += 1;
      this.index += 1;
    }
  }

  private readExpressionToken(): Token {
    const rest = this.source.slice(this.index, this.index + 200);
    const line = this.line;
    const first = rest[0] ?? '';
    if (first === '"' || first === "'") {
      const [value, end] = readString(this.source, this.index, line);
      this.line += countLines(this.source.slice(this.index, end));
      this.index = end;
      return { type: 'string', value, line };
    }
    const number = NUMBER.exec(rest);
    if (number !== null) {
      this.index += number[0].length;
      const isFloat = number[1] !== undefined || number[2] !== undefined;
      return { type: isFloat ? 'float' : 'integer', value: number[0].replace(/_/g, ''), line };
    }
    const name = NAME.exec(rest);
    if (name !== null) {
      this.index += name[0].length;
      return { type: 'name', value: name[0], line };
    }
    const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (operator === undefined) throw new JinjaError(`unexpected char '${first}'`, line);
    this.index += operator.length;
    return { type: 'operator', value: operator, line };
  }
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

/**
 * Splits a template into Jinja2's token stream: data, `{{ }}` and `{% %}` delimiters with the expression tokens
 * between them; comments are dropped, `{% raw %}` becomes data, `-` trims whitespace, and one trailing newline of
 * the source is removed (Jinja2's `keep_trailing_newline=False`).
 */
export function tokenize(source: string): Token[] {
  const normalized = source.replace(/\r\n?/g, '\n');
  return new Lexer(normalized.endsWith('\n') ? normalized.slice(0, -1) : normalized).run();
}
