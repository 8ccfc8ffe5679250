import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { CANONICAL_FORMS } from '../testing/canonicalForms.js';
import { CANONICAL_PROGRAMS } from '../testing/canonicalCorpus.js';
import { print } from './print.js';

describe('print(parse(x)) on canonical programs', () => {
  it.each(CANONICAL_PROGRAMS)('%s', (source) => {
    const ast = parse(source);
    const printed = print(ast);
    expect(printed).toBe(source);
    expect(parse(printed)).toEqual(ast);
  });
});

describe('canonical forms of accepted spellings', () => {
  it.each(CANONICAL_FORMS)('%s', (source, canonical) => {
    const ast = parse(source);
    expect(print(ast)).toBe(canonical);
    expect(parse(canonical)).toEqual(ast);
  });
});
