import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits English words and keeps offsets into the original text', () => {
    const text = 'Book a Table, please!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['book', 'a', 'table', 'please']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.original);
    expect(tokens[2]).toMatchObject({ original: 'Table', start: 7, end: 12, kind: 'word' });
  });

  it('keeps contractions and hyphenated words whole and unifies apostrophes', () => {
    expect(tokenize('Don’t e-mail me at five o\'clock').map((t) => t.text)).toEqual([
      "don't", 'e-mail', 'me', 'at', 'five', "o'clock",
    ]);
  });

  it('keeps punctuation and symbols when asked', () => {
    const tokens = tokenize('Hi, 5 € now?', { keepPunctuation: true });
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['hi', 'word'], [',', 'punct'], ['5', 'number'], ['€', 'symbol'], ['now', 'word'], ['?', 'punct'],
    ]);
  });

  it('reads numbers with grouping and decimal separators', () => {
    const [thousand, decimal] = tokenize('1,000.5 3.25');
    expect(thousand).toMatchObject({ kind: 'number', value: 1000.5 });
    expect(decimal).toMatchObject({ kind: 'number', value: 3.25 });
    expect(tokenize('1.000,5', { lang: 'de' })[0]).toMatchObject({ value: 1000.5 });
  });

  it('keeps digits glued to letters in one word', () => {
    expect(tokenize('5pm at 221b')).toEqual([
      expect.objectContaining({ text: '5pm', kind: 'word' }),
      expect.objectContaining({ text: 'at', kind: 'word' }),
      expect.objectContaining({ text: '221b', kind: 'word' }),
    ]);
  });

  it('folds accents only on request', () => {
    expect(tokenize('Café Straße').map((t) => t.text)).toEqual(['café', 'straße']);
    expect(tokenize('Café Straße', { foldAccents: true }).map((t) => t.text)).toEqual(['cafe', 'strasse']);
  });

  it('normalises full-width forms and non-Latin digits', () => {
    expect(tokenize('ＡＢＣ １２')).toEqual([
      expect.objectContaining({ text: 'abc', kind: 'word' }),
      expect.objectContaining({ text: '12', kind: 'number', value: 12 }),
    ]);
    expect(tokenize('٣٤')[0]).toMatchObject({ kind: 'number', value: 34 });
  });

  it('tokenises other scripts sensibly', () => {
    expect(tokenize('Привет, мир').map((t) => t.text)).toEqual(['привет', 'мир']);
    expect(tokenize('東京に行きたい').map((t) => t.text)).toEqual(['東', '京', 'に', '行', 'き', 'た', 'い']);
    expect(tokenize('مرحبا بالعالم').map((t) => t.text)).toEqual(['مرحبا', 'بالعالم']);
    expect(tokenize('ISTANBUL', { lang: 'tr' })[0]?.text).toBe('ıstanbul');
  });

  it('handles characters outside the Basic Multilingual Plane', () => {
    const tokens = tokenize('hi 👋 there', { keepPunctuation: true });
    expect(tokens.map((t) => t.original)).toEqual(['hi', '👋', 'there']);
    expect(tokens[2]?.start).toBe(6);
  });
});
