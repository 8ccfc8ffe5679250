import { describe as suite, expect, it } from 'vitest';
import { describe } from '../describe/describe.js';
import { fromNN } from '../nn/fromNN.js';
import { toNN } from '../nn/toNN.js';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { Schemas } from '../schema/schemas.js';
import { typeCheck } from './typeCheck.js';

// Dialogue states (`$dialogue @policy.act; …`). STATE and NN are what thingtalk@1.10.0 prints for the same input.
const schemas = Schemas.fromText(`class @com.foo {
  monitorable list query posts(out text: String, out hashtags: Array(Entity(tt:hashtag))) #_[confirmation="foo posts"];
  action send(in req message: String) #_[confirmation="send $message"];
}`);

const STATE = `$dialogue @org.thingpedia.dialogue.transaction.execute;
now => (@com.foo.posts()), count((hashtags) filter { value == "foo"^^tt:hashtag }) >= 1 => notify
#[results=[
  { text="a", hashtags=["foo"^^tt:hashtag] },
  { text="b" }
]]
#[count=5]
#[error="oops"];
now => @com.foo.send(message="x")
#[confirm=enum(proposed)];
now => @com.foo.send(message="y");`;

const NN =
  '$dialogue @org.thingpedia.dialogue.transaction.execute ; now => ( @com.foo.posts ) filter count ( param:hashtags:Array(Entity(tt:hashtag)) filter { param:value:Entity(tt:hashtag) == HASHTAG_0 } ) >= 1 => notify #[ results = [ { param:text = QUOTED_STRING_0 , param:hashtags = [ HASHTAG_0 ] } , { param:text = QUOTED_STRING_1 } ] ] #[ count = 5 ] #[ error = QUOTED_STRING_2 ] ; now => @com.foo.send param:message:String = QUOTED_STRING_3 #[ confirm = enum:proposed ] ; now => @com.foo.send param:message:String = QUOTED_STRING_4 ;';
const ENTITIES = { HASHTAG_0: 'foo', QUOTED_STRING_0: 'a', QUOTED_STRING_1: 'b', QUOTED_STRING_2: 'oops', QUOTED_STRING_3: 'x', QUOTED_STRING_4: 'y' };

suite('dialogue states', () => {
  it('parse into the act, its parameters and the history, and print as thingtalk 1.10 does', () => {
    const state = parse(STATE);
    expect(state).toMatchObject({ type: 'DialogueState', policy: 'org.thingpedia.dialogue.transaction', dialogueAct: 'execute', dialogueActParam: null });
    expect(state.type === 'DialogueState' && state.history.map((item) => [item.confirm, item.results?.count])).toEqual([
      ['confirmed', { type: 'Number', value: 5 }],
      ['proposed', undefined],
      ['accepted', undefined],
    ]);
    expect(print(state)).toBe(STATE);
    expect(print(parse('$dialogue @org.thingpedia.dialogue.transaction.sys_recommend_one(b.c, a);'))).toBe('$dialogue @org.thingpedia.dialogue.transaction.sys_recommend_one(b.c, a);');
  });

  it('count the results when #[count] is absent, print #[more] and empty result lists', () => {
    const text = '$dialogue @x.y;\nnow => @com.foo.posts() => notify\n#[results=[\n]]\n#[more=true];';
    expect(print(parse(text))).toBe(text);
    const two = parse('$dialogue @x.y; now => @com.foo.posts() => notify #[results=[{text="a"}, {text="b"}]];');
    expect(two.type === 'DialogueState' && two.history[0]?.results?.count).toEqual({ type: 'Number', value: 2 });
    expect(print(parse(print(two)))).toBe(print(two));
  });

  it('read #[confirm=true] as confirmed and false as accepted, as thingtalk 1.10 does, and refuse other states', () => {
    expect(print(parse('$dialogue @x.y; now => @com.foo.send(message="a") #[confirm=true];'))).toBe('$dialogue @x.y;\nnow => @com.foo.send(message="a")\n#[confirm=enum(confirmed)];');
    expect(print(parse('$dialogue @x.y; now => @com.foo.send(message="a") #[confirm=false];'))).toBe('$dialogue @x.y;\nnow => @com.foo.send(message="a");');
    expect(() => parse('$dialogue @x.y; now => @com.foo.send(message="a") #[confirm=enum(maybe)];')).toThrow('for #[confirm]');
    expect(() => fromNN('$dialogue @x.y ; now => @com.foo.send #[ confirm = enum:maybe ] ;')).toThrow('for #[confirm]');
  });

  it('refuse duplicate or unknown history annotations and results without #[results]', () => {
    expect(() => parse('$dialogue @x.y; now => @com.foo.posts() => notify #[results=[]] #[results=[]];')).toThrow('Duplicate history annotation #[results]');
    expect(() => parse('$dialogue @x.y; now => @com.foo.posts() => notify #[count=1];')).toThrow('Missing history annotation #[results]');
    expect(() => parse('$dialogue @x.y; now => @com.foo.posts() => notify #[foo=1];')).toThrow('unknown history annotation #[foo]');
  });

  it('type-check each statement, and that results, count and error are constants of the right type', () => {
    expect(print(typeCheck(parse(STATE), schemas))).toBe(STATE);
    expect(print(typeCheck(parse('$dialogue @x.y; now => @com.foo.send();'), schemas))).toBe('$dialogue @x.y;\nnow => @com.foo.send(message=$?);');
    expect(() => typeCheck(parse('$dialogue @x.y; now => @com.foo.nope();'), schemas)).toThrow('Class com.foo has no action nope');
    expect(() => typeCheck(parse('$dialogue @x.y; now => @com.foo.posts() => notify #[results=[]] #[count="x"];'), schemas)).toThrow(
      'History annotation #[count] must be a constant of Number type',
    );
    expect(() => typeCheck(parse('$dialogue @x.y; now => @com.foo.posts() => notify #[results=[]] #[error=5];'), schemas)).toThrow(
      'History annotation #[error] must be a constant of String type',
    );
    expect(() => typeCheck(parse('$dialogue @x.y; now => @com.foo.posts() => notify #[results=[{ text=$? }]];'), schemas)).toThrow(
      'Program results must be constants, found $?',
    );
  });

  it('go to NN syntax as thingtalk 1.10 writes them, and back', () => {
    expect(toNN(typeCheck(parse(STATE), schemas), '', ENTITIES, { schemas }).join(' ')).toBe(NN);
    expect(print(fromNN(NN, ENTITIES))).toBe(STATE);
    expect(print(fromNN('$dialogue @x.y param:b , param:a ;', {}))).toBe('$dialogue @x.y(b, a);');
    expect(toNN(parse('$dialogue @x.y(b, a);'), '', {}, { schemas }).join(' ')).toBe('$dialogue @x.y param:a , param:b ;');
  });

  it('have no description, as in thingtalk 1.10', () => {
    expect(() => describe(parse(STATE), schemas)).toThrow('A dialogue state has no description');
  });
});
