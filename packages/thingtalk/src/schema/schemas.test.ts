import { describe, expect, it } from 'vitest';
import { Schemas } from './schemas.js';

const BASE = `abstract class @org.example.base {
  query state(out power: Enum(on, off));
}`;
const SWITCH = `class @org.example.switch extends @org.example.base {
  action set_power(in req power: Enum(on, off));
}
dataset @org.example.switch { action := @org.example.switch.set_power(power=enum(on)) #_[utterances=["turn it on"]]; }`;

describe('Schemas', () => {
  const schemas = Schemas.fromText(BASE, SWITCH);

  it('loads every class of every text', () => {
    expect(schemas.classes().map((c) => c.kind)).toEqual(['org.example.base', 'org.example.switch']);
    expect(schemas.getClass('org.example.switch')?.extends).toEqual(['org.example.base']);
  });

  it('finds own and inherited functions, by type', () => {
    expect(schemas.getFunction('org.example.switch', 'set_power')?.functionType).toBe('action');
    expect(schemas.getFunction('org.example.switch', 'state', 'query')?.name).toBe('state');
    expect(schemas.getFunction('org.example.switch', 'state', 'action')).toBeUndefined();
    expect(schemas.getFunction('org.example.missing', 'state')).toBeUndefined();
  });

  it('gives functions the arguments of the functions they extend', () => {
    const extended = Schemas.fromText(`class @org.example.sub {
      query q0(out a: Number);
      query q1 extends q0(out b: String);
      query q2(out c: Number, out a: String);
      list query q3 extends q1, q2(out d: Number);
    }`);
    const args = extended.getFunction('org.example.sub', 'q3')?.args.map((a) => `${a.name}: ${a.type.kind}`);
    expect(args).toEqual(['a: String', 'b: String', 'c: Number', 'd: Number']);
    expect(extended.getFunction('org.example.sub', 'q3')?.isList).toBe(true);
  });

  it('accepts an empty file', () => {
    expect(Schemas.fromText('', '// no classes here\n').classes()).toEqual([]);
  });

  it('replaces a class defined again', () => {
    const replaced = Schemas.fromText(BASE, 'class @org.example.base { query other(out x: Number); }');
    expect(replaced.getFunction('org.example.base', 'state')).toBeUndefined();
    expect(replaced.getFunction('org.example.base', 'other')?.name).toBe('other');
  });
});
