import { describe as suite, expect, it } from 'vitest';
import { describe } from '../describe/describe.js';
import { fromNN } from '../nn/fromNN.js';
import { toNN } from '../nn/toNN.js';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { testSchemas } from '../testing/testSchemas.js';
import { typeCheck } from './typeCheck.js';

// `true(param)`, thingtalk 1.10's don't-care predicate; the expected texts are what thingtalk@1.10.0 gives
// (except that it reorders `||` operands when it parses, which this implementation does not).
const schemas = testSchemas();
const XKCD = '(@com.xkcd.get_comic())';

suite("don't-care predicates true(param)", () => {
  it('parse and print, also inside || and !', () => {
    for (const code of [`now => ${XKCD}, true(title) => notify;`, `now => ${XKCD}, title == "x" || true(number) => notify;`, `now => ${XKCD}, !(true(title)) => notify;`]) {
      expect(print(parse(code))).toBe(code);
    }
    expect(parse(`now => ${XKCD}, true(title) => notify;`)).toMatchObject({ statements: [{ table: { filter: { type: 'True', dontCare: 'title' } } }] });
  });

  it('type-check the parameter', () => {
    expect(print(typeCheck(parse(`now => ${XKCD}, true(title) => notify;`), schemas))).toBe(`now => ${XKCD}, true(title) => notify;`);
    expect(() => typeCheck(parse(`now => ${XKCD}, true(nope) => notify;`), schemas)).toThrow('Invalid filter parameter nope');
  });

  it('describe as "any value of … is acceptable"', () => {
    expect(describe(typeCheck(parse(`now => ${XKCD}, true(title) => notify;`), schemas), schemas)).toBe(
      'get xkcd comic such that any value of title is acceptable and then notify you',
    );
    expect(describe(typeCheck(parse(`now => ${XKCD}, !(true(title)) => notify;`), schemas), schemas)).toBe(
      'get xkcd comic such that not any value of title is acceptable and then notify you',
    );
  });

  it('go to NN syntax as true param:name:Type and back', () => {
    const program = typeCheck(parse(`now => ${XKCD}, true(title) => notify;`), schemas);
    const nn = 'now => ( @com.xkcd.get_comic ) filter true param:title:String => notify';
    expect(toNN(program, '', {}, { schemas }).join(' ')).toBe(nn);
    expect(print(fromNN(nn, {}))).toBe(`now => ${XKCD}, true(title) => notify;`);
    const or = typeCheck(parse(`now => ${XKCD}, title == "x" || true(number) => notify;`), schemas);
    const orNN = 'now => ( @com.xkcd.get_comic ) filter param:title:String == QUOTED_STRING_0 or true param:number:Number => notify';
    expect(toNN(or, 'x', { QUOTED_STRING_0: 'x' }, { schemas }).join(' ')).toBe(orNN);
    expect(print(fromNN(orNN, { QUOTED_STRING_0: 'x' }))).toBe(`now => ${XKCD}, title == "x" || true(number) => notify;`);
  });
});
