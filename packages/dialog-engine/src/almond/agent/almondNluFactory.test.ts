import { fromNN, parse, print } from '@parley/thingtalk';
import { loadRecognizers } from '@parley/nlu';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PLUGINS } from '@parley/thingtalk/devices';
import { createAlmondNluFactory } from './almondNluFactory.js';
import { pluginKinds } from './pluginKinds.js';

beforeAll(loadRecognizers);

const nlu = createAlmondNluFactory(pluginKinds(BUILTIN_PLUGINS).kinds)({ now: Date.UTC(2026, 0, 1), timeZone: 'UTC' });
const idle = { expect: null, choices: [] } as const;

function programs(text: string): string[] {
  return nlu.parse(text, idle).map((candidate) =>
    print(typeof candidate.code === 'string' ? parse(candidate.code) : fromNN(candidate.code, candidate.entities ?? {})),
  );
}

describe('almond NLU over the catalog datasets', () => {
  it('matches dataset utterances inside command phrasings, exact matches scoring Infinity', () => {
    expect(nlu.parse('get a cat picture', idle)[0]?.score).toBe('Infinity');
    expect(programs('get a cat picture')[0]).toBe('now => @com.thecatapi.get() => notify;');
    expect(programs('show me the latest xkcd')[0]).toBe('now => @com.xkcd.get_comic() => notify;');
    expect(programs('notify me when a new xkcd is out')[0]).toBe('monitor (@com.xkcd.get_comic()) => notify;');
  });

  it('fills example arguments from the sentence', () => {
    expect(programs('xkcd 42')[0]).toBe('now => @com.xkcd.get_comic(number=42) => notify;');
    expect(programs('say hello world')[0]).toBe('now => @org.thingpedia.builtin.thingengine.builtin.say(message="hello world");');
  });

  it('reads bookkeeping and understands nothing of gibberish', () => {
    expect(nlu.parse('Yes', idle)[0]?.code).toEqual(['bookkeeping', 'special', 'special:yes']);
    expect(nlu.parse('florp the wibble', idle)).toEqual([]);
  });
});
