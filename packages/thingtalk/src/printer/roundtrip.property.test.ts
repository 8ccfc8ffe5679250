import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { arbDialogueState, arbProgram } from '../testing/arbitraryPrograms.js';
import { print } from './print.js';

describe('parse(print(p)) deep-equals p', () => {
  it('for generated programs covering every statement, stream, table, predicate and value form', () => {
    fc.assert(
      fc.property(arbProgram, (program) => {
        const text = print(program);
        expect(parse(text)).toEqual(program);
        expect(print(parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('for generated dialogue states', () => {
    fc.assert(
      fc.property(arbDialogueState, (state) => {
        const text = print(state);
        expect(parse(text)).toEqual(state);
        expect(print(parse(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('parse on arbitrary text', () => {
  const fragment = fc.constantFrom(
    'now', '=>', 'monitor', '(', ')', '@com.xkcd.get_comic', '[', ']', ',', ';', 'title', '==', '"x"', '5', '70F', '^^tt:url',
    'notify', 'let', 'query', ':=', '{', '}', 'edge', 'on', 'new', 'true', ':', '$?', '$event', 'class', 'dataset', 'join', '-',
    'bookkeeping', 'executor', '=', '#_[', 'of', 'aggregate', 'count', '\n', '/*', '*/', "'", '!', '&&', '||', 'Date', 'timer',
  );
  it('either returns an input or throws a SyntaxError with a position', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 25 }), fc.string({ maxLength: 8 }), (fragments, noise) => {
        try {
          parse(fragments.join(' ') + noise);
        } catch (error) {
          expect(error).toMatchObject({ name: 'SyntaxError', message: expect.stringMatching(/^Syntax error at \d+:\d+: /) });
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
