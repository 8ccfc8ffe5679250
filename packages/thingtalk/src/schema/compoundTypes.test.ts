import { describe as suite, expect, it } from 'vitest';
import { describe } from '../describe/describe.js';
import { fromNN } from '../nn/fromNN.js';
import { toNN } from '../nn/toNN.js';
import { parse, parseLibrary } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import { Schemas } from './schemas.js';

// Compound (record) types as thingtalk 1.10 declares them; the expected texts are what thingtalk@1.10.0 gives.
const CLASS = `class @com.foo {
  list query q(out a: { b: String, c: { d: Number } } #_[canonical="aa"], out e: Array({ f: String #_[canonical="eff"], g: Number }), in opt x: String) #_[canonical="foo thing"] #_[confirmation="foo things"];
}`;
const schemas = Schemas.fromText(CLASS);

suite('compound types', () => {
  it('load from a class file, and print back to the same text', () => {
    expect(print(parseLibrary(CLASS))).toBe(CLASS);
    const a = schemas.getClass('com.foo')?.queries.q?.args[0];
    expect(a?.type).toEqual({
      kind: 'Compound',
      fields: [
        { name: 'b', type: { kind: 'String' }, annotations: { nl: {}, impl: {} } },
        { name: 'c', type: { kind: 'Compound', fields: [{ name: 'd', type: { kind: 'Number' }, annotations: { nl: {}, impl: {} } }] }, annotations: { nl: {}, impl: {} } },
      ],
    });
  });

  it('also declare their fields as arguments a.b, a.c, a.c.d, with the direction of the compound', () => {
    const fn = schemas.getFunction('com.foo', 'q', 'query');
    expect(fn?.args.map((arg) => `${arg.direction} ${arg.name}`)).toEqual(['out a', 'out e', 'in opt x', 'out a.b', 'out a.c', 'out a.c.d']);
  });

  it('parse tuples and the Type and ArgMap types', () => {
    const text = 'class @com.bar {\n  action t(in req a: (Number, String), in req b: Type, in req c: ArgMap);\n}';
    expect(print(parse(text))).toBe(text);
  });

  it('type-check filters and projections on fields, and refuse comparing a record to a number', () => {
    expect(print(typeCheck(parse('now => @com.foo.q(), a.c.d >= 3 => notify;'), schemas))).toBe('now => (@com.foo.q()), a.c.d >= 3 => notify;');
    expect(print(typeCheck(parse('now => [a.b] of @com.foo.q() => notify;'), schemas))).toBe('now => [a.b] of (@com.foo.q()) => notify;');
    expect(() => typeCheck(parse('now => @com.foo.q(), a == 3 => notify;'), schemas)).toThrow(/Cannot compare parameter a/);
    expect(() => typeCheck(parse('now => @com.foo.q(), e.f == "x" => notify;'), schemas)).toThrow('Invalid filter parameter e.f');
  });

  it('describe fields by their name', () => {
    const program = typeCheck(parse('now => @com.foo.q(), a.c.d >= 3 => notify;'), schemas);
    expect(describe(program, schemas)).toBe('get foo things such that the a.c.d is greater than or equal to 3 and then notify you');
    expect(describe(typeCheck(parse('now => [a.b] of @com.foo.q() => notify;'), schemas), schemas)).toBe('get the a.b of foo things and then notify you');
  });

  it('go to NN syntax and back', () => {
    const program = typeCheck(parse('now => @com.foo.q(), a.c.d >= 3 => notify;'), schemas);
    const nn = 'now => ( @com.foo.q ) filter param:a.c.d:Number >= 3 => notify';
    expect(toNN(program, 'foo', {}, { schemas }).join(' ')).toBe(nn);
    expect(print(fromNN(nn, {}))).toBe('now => (@com.foo.q()), a.c.d >= 3 => notify;');
    expect(toNN(typeCheck(parse('now => [a.b] of @com.foo.q() => notify;'), schemas), '', {}, { schemas }).join(' ')).toBe(
      'now => [ param:a.b:String ] of ( @com.foo.q ) => notify',
    );
  });

  it('make a monitorable action a type error, not a syntax error', () => {
    const text = 'class @com.bar {\n  monitorable action a(in req x: String);\n}';
    expect(print(parse(text))).toBe(text);
    expect(() => typeCheck(parse(text), schemas)).toThrow('Actions cannot be monitorable.');
  });
});
