import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer.js';

const kinds = (source: string): string[] => tokenize(source).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('reads measures, signed numbers and binary minus', () => {
    expect(kinds('f(70F, -5, x - 1, 1.5e3)')).toEqual([
      'word:f', 'punct:(', 'measure:70F', 'punct:,', 'number:-5', 'punct:,', 'word:x', 'punct:-', 'number:1',
      'punct:,', 'number:1.5e3', 'punct:)', 'eof:',
    ]);
  });

  it('reads class names with dashes, entity types and dollar values', () => {
    expect(kinds('@security-camera.get "a"^^com.foo:bar $? $event')).toEqual([
      'classname:security-camera.get', 'string:"a"', 'entitytype:com.foo:bar', 'dollar:?', 'dollar:event', 'eof:',
    ]);
  });

  it('decodes string escapes', () => {
    const [token] = tokenize(String.raw`"a\"b\\c\nd\u00e9"`);
    expect(token?.kind === 'string' && token.value).toBe('a"b\\c\nd\u00e9');
  });

  it('tracks lines and columns across comments', () => {
    const tokens = tokenize('/* one\n two */ now\n// x\n  =>');
    expect(tokens.map((t) => [t.text, t.pos.line, t.pos.column])).toEqual([
      ['now', 2, 9],
      ['=>', 4, 3],
      ['', 4, 5],
    ]);
  });
});
