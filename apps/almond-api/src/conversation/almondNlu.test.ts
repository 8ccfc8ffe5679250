import { fromNN, print } from '@parley/thingtalk';
import { describe, expect, it } from 'vitest';
import { builtinCatalogPlugins, ThingpediaCatalog } from '../thingpedia/catalog.js';
import { createAlmondNluFactory } from './almondNlu.js';

const nlu = createAlmondNluFactory(new ThingpediaCatalog(builtinCatalogPlugins()))();
const idle = { expect: null, choices: [] } as const;

function programs(text: string): string[] {
  return nlu.parse(text, idle).map((candidate) => print(fromNN(candidate.code as string[], candidate.entities ?? {})));
}

describe('almond NLU', () => {
  it('matches dataset utterances inside command phrasings, exact matches scoring Infinity', () => {
    const [first] = nlu.parse('get a cat picture', idle);
    expect(first?.score).toBe('Infinity');
    expect(programs('get a cat picture')[0]).toBe('now => @com.thecatapi.get() => notify;');
    expect(programs('show me the latest xkcd')[0]).toBe('now => @com.xkcd.get_comic() => notify;');
    expect(programs('notify me when a new xkcd is out')[0]).toBe('monitor (@com.xkcd.get_comic()) => notify;');
  });

  it('fills example arguments from the sentence and leaves the others to the dialog', () => {
    expect(programs('xkcd 42')[0]).toBe('now => @com.xkcd.get_comic(number=42) => notify;');
    expect(programs('say hello world')[0]).toBe('now => @org.thingpedia.builtin.thingengine.builtin.say(message="hello world");');
  });

  it('reads bookkeeping: specials, numbers and choices by title', () => {
    expect(nlu.parse('Yes!', idle)).toEqual([{ code: ['bookkeeping', 'special', 'special:yes'], score: 'Infinity' }]);
    expect(nlu.parse('never mind', idle)[0]?.code).toEqual(['bookkeeping', 'special', 'special:nevermind']);
    expect(nlu.parse('7', idle)).toEqual([{ code: ['bookkeeping', 'answer', 'NUMBER_0'], entities: { NUMBER_0: 7 }, score: 'Infinity' }]);
    expect(nlu.parse('the second one', { expect: 'choice', choices: ['First', 'The second one'] })[0]?.code).toEqual(['bookkeeping', 'choice', '1']);
  });

  it('understands nothing of gibberish', () => {
    expect(nlu.parse('florp the wibble', idle)).toEqual([]);
    expect(nlu.parse('   ', idle)).toEqual([]);
  });
});
