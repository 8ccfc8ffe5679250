import { describe, expect, it } from 'vitest';
import { parseProgram } from '../parser/parse.js';
import { deviceSelectors } from './deviceSelectors.js';

describe('deviceSelectors', () => {
  it('finds the selectors of queries, streams and actions', () => {
    const program = parseProgram('monitor (@com.xkcd(id="com.xkcd").get_comic()) => @org.thingpedia.builtin.thingengine.builtin.say(message="hi");');
    expect(deviceSelectors(program).map((selector) => [selector.kind, selector.id])).toEqual([
      ['com.xkcd', 'com.xkcd'],
      ['org.thingpedia.builtin.thingengine.builtin', null],
    ]);
  });
});
