import { describe as suite, expect, it } from 'vitest';
import { describe } from '../describe/describe.js';
import { fromNN } from '../nn/fromNN.js';
import { toNN } from '../nn/toNN.js';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { Schemas } from '../schema/schemas.js';
import { typeCheck } from './typeCheck.js';

// Array filters `(v) filter { … }`, fields of arrays of records `f of (v)` and `$context.name : Type`. The printed
// and NN forms are what thingtalk@1.10.0 gives for the same programs (it cannot describe the compute predicates:
// its describer fails on them, so the descriptions are this implementation's, in its wording of values).
const CLASS = `class @com.foo {
  monitorable list query posts(out text: String, out hashtags: Array(Entity(tt:hashtag)), out reviews: Array({ author: String #_[canonical="author name"], rating: Number, detail: { stars: Number } }), out scores: Array(Number)) #_[canonical="posts"] #_[confirmation="foo posts"];
  action send(in req message: String) #_[confirmation="send $message"];
}`;
const schemas = Schemas.fromText(CLASS);
const POSTS = '(@com.foo.posts())';

const CASES: readonly (readonly [string, string, Record<string, unknown>, string])[] = [
  [
    `now => ${POSTS}, count((hashtags) filter { value == "foo"^^tt:hashtag }) >= 1 => notify;`,
    'now => ( @com.foo.posts ) filter count ( param:hashtags:Array(Entity(tt:hashtag)) filter { param:value:Entity(tt:hashtag) == HASHTAG_0 } ) >= 1 => notify',
    { HASHTAG_0: 'foo' },
    'get foo posts such that the number of the hashtags for which the value is equal to #foo is greater than or equal to 1 and then notify you',
  ],
  [
    `now => ${POSTS}, count((reviews) filter { author == "bob" && rating >= 4 }) >= 2 => notify;`,
    'now => ( @com.foo.posts ) filter count ( param:reviews:Array(Compound) filter { param:author:String == QUOTED_STRING_0 and param:rating:Number >= 4 } ) >= 2 => notify',
    { QUOTED_STRING_0: 'bob' },
    'get foo posts such that the number of the reviews for which the author is equal to “bob” and the rating is greater than or equal to 4 is greater than or equal to 2 and then notify you',
  ],
  [
    `now => ${POSTS}, sum(rating of ((reviews) filter { detail.stars >= 4 })) >= 2 => notify;`,
    'now => ( @com.foo.posts ) filter sum ( param:rating:Number of param:reviews:Array(Compound) filter { param:detail.stars:Number >= 4 } ) >= 2 => notify',
    {},
    'get foo posts such that the total the rating of the reviews for which the detail stars is greater than or equal to 4 is greater than or equal to 2 and then notify you',
  ],
  [
    'now => @com.foo.send(message=$context.selection : String);',
    'now => @com.foo.send param:message:String = context:selection:String',
    {},
    'send the selection on the screen',
  ],
];

suite('array filters, array fields and $context values', () => {
  it('parse, print as thingtalk 1.10 does, and print back to the same text', () => {
    for (const [code] of CASES) expect(print(parse(code))).toBe(code);
    expect(print(parse('now => @com.foo.posts(), count(hashtags filter { value == "foo"^^tt:hashtag }) >= 1 => notify;'))).toBe(CASES[0]?.[0]);
    // a nested field of the records (thingtalk 1.10's test programs have `avg(reviewRating.ratingValue of reviews)`)
    expect(print(parse('now => @com.foo.posts(), sum(detail.stars of reviews) >= 1 => notify;'))).toBe(`now => ${POSTS}, sum(detail.stars of (reviews)) >= 1 => notify;`);
    expect(parse('now => @com.foo.send(message=$context.foo : Entity(tt:url));')).toMatchObject({
      statements: [{ actions: [{ invocation: { inParams: [{ value: { type: 'ContextRef', name: 'foo', valueType: { kind: 'Entity', entityType: 'tt:url' } } }] } }] }],
    });
  });

  it('type-check: filters need arrays, fields need arrays of records, element parameters exist', () => {
    for (const [code] of CASES) expect(print(typeCheck(parse(code), schemas))).toBe(code);
    expect(() => typeCheck(parse(`now => ${POSTS}, count((text) filter { value == "a" }) >= 1 => notify;`), schemas)).toThrow('it is not an array');
    expect(() => typeCheck(parse(`now => ${POSTS}, count(rating of (scores)) >= 1 => notify;`), schemas)).toThrow('not an array of records');
    expect(() => typeCheck(parse(`now => ${POSTS}, count(nope of (reviews)) >= 1 => notify;`), schemas)).toThrow('Invalid field nope');
    expect(() => typeCheck(parse(`now => ${POSTS}, count((reviews) filter { nope == 1 }) >= 1 => notify;`), schemas)).toThrow('Invalid filter parameter nope');
    expect(() => typeCheck(parse(`now => ${POSTS}, count((scores) filter { value == "x" }) >= 1 => notify;`), schemas)).toThrow('Cannot compare');
    expect(() => typeCheck(parse('now => @com.foo.send(message=$context.selection : Number);'), schemas)).toThrow('Wrong type');
  });

  it('go to NN syntax as thingtalk 1.10 writes them, and back', () => {
    for (const [code, nn, entities] of CASES) {
      const program = typeCheck(parse(code), schemas);
      expect(toNN(program, '', entities, { schemas, typeAnnotations: true }).join(' ')).toBe(nn);
      expect(print(fromNN(nn, entities))).toBe(code);
    }
  });

  it('describe', () => {
    for (const [code, , , description] of CASES) expect(describe(typeCheck(parse(code), schemas), schemas)).toBe(description);
  });
});
