import { tokenize, type TokenizeOptions } from '../text/tokenize.js';
import type { Pattern, PatternPart } from './pattern.js';

/** Entity names: `[A-Za-z0-9_-]` segments joined by dots (`sys.number`, `agent.city`). */
const REFERENCE = /^@([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)(?::([A-Za-z0-9_-]+))?/;
const ALIAS = /^:([A-Za-z0-9_-]+)/;

/** A reference part for `name` as written (`sys.x`, `agent.entity` or `entity`). */
function referencePart(written: string, alias: string | undefined): PatternPart {
  const withAlias = alias === undefined ? {} : { alias };
  const dot = written.indexOf('.');
  if (dot < 0) return { kind: 'entity', name: written, ...withAlias };
  const [prefix, rest] = [written.slice(0, dot), written.slice(dot + 1)];
  // The seed writes `@{bug, system.void}`: read `system.` like `sys.`.
  if (prefix === 'sys' || prefix === 'system') return { kind: 'system', name: rest, ...withAlias };
  return { kind: 'entity', name: rest, ...withAlias };
}

/** Splits the inside of `@{…}` on top-level commas. */
function splitOptions(inner: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of inner) {
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (char === ',' && depth === 0) {
      options.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  options.push(current);
  return options.map((option) => option.trim()).filter((option) => option !== '');
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at += 1) {
    if (text[at] === '{') depth += 1;
    if (text[at] === '}' && --depth === 0) return at;
  }
  return -1;
}

/** An inline option that is a bare `sys.void` / `system.void` (written without `@` in the seed). */
function bareReference(option: string): Pattern | undefined {
  return /^(sys|system)\.[A-Za-z0-9_-]+$/.test(option) ? [referencePart(option, undefined)] : undefined;
}

/**
 * Parses an api.ai template ("What is the weather in @city:location", "@{bug, defect} report",
 * "@sys.any:text via @sys.void") into a pattern. An `@` inside a word (an e-mail address) is text.
 */
export function parseTemplate(template: string, options: TokenizeOptions = {}): Pattern {
  const parts: PatternPart[] = [];
  let text = '';
  const flushText = (): void => {
    for (const token of tokenize(text, options)) parts.push({ kind: 'word', text: token.text });
    text = '';
  };
  let at = 0;
  while (at < template.length) {
    const char = template[at] ?? '';
    const startsReference = char === '@' && (at === 0 || !/[\p{L}\p{N}_.]/u.test(template[at - 1] ?? ''));
    if (startsReference && template[at + 1] === '{') {
      const close = closingBrace(template, at + 1);
      if (close > 0) {
        flushText();
        const alias = ALIAS.exec(template.slice(close + 1));
        const choices = splitOptions(template.slice(at + 2, close))
          .map((option) => bareReference(option) ?? parseTemplate(option, options));
        parts.push(alias === null ? { kind: 'choice', options: choices } : { kind: 'choice', options: choices, alias: alias[1] ?? '' });
        at = close + 1 + (alias?.[0].length ?? 0);
        continue;
      }
    }
    const reference = startsReference ? REFERENCE.exec(template.slice(at)) : null;
    if (reference !== null) {
      flushText();
      parts.push(referencePart(reference[1] ?? '', reference[2]));
      at += reference[0].length;
      continue;
    }
    text += char;
    at += 1;
  }
  flushText();
  return parts;
}
