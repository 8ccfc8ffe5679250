import { parseProgram, print } from '@parley/thingtalk';
import { describe, expect, it } from 'vitest';
import { fillContextValues } from './contextValues.js';

describe('fillContextValues', () => {
  it('fills stored places and times and reports which were stored', () => {
    const program = parseProgram('attimer(time=$context.time.morning) => @org.thingpedia.builtin.thingengine.builtin.say(message="hi");');
    const filled = fillContextValues(program, { times: { morning: { hour: 7, minute: 30 } } });
    expect(filled.times).toEqual({ morning: true });
    expect(print(filled.program)).toBe('attimer(time=new Time(7, 30)) => @org.thingpedia.builtin.thingengine.builtin.say(message="hi");');
    const missing = fillContextValues(program, {});
    expect(missing.times).toEqual({ morning: false });
    expect(print(missing.program)).toBe(print(program));
  });
});
