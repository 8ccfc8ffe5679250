import { print } from '@parley/thingtalk';
import { loadRecognizers } from '@parley/nlu';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalogPlugins, ThingpediaCatalog } from '../thingpedia/catalog.js';
import { classifyCommand, commandClassifier } from './commandClassifier.js';
import { queryEntities } from './queryEntities.js';

beforeAll(loadRecognizers);

const catalog = new ThingpediaCatalog(builtinCatalogPlugins());

function classify(text: string) {
  const { tokens, found } = queryEntities(text);
  return classifyCommand(commandClassifier(catalog), tokens, found).map((candidate) => ({ code: print(candidate.program), score: candidate.score }));
}

describe('commandClassifier', () => {
  it('is trained once per catalog, deterministically', () => {
    const first = commandClassifier(catalog);
    expect(commandClassifier(catalog)).toBe(first);
    expect(commandClassifier(new ThingpediaCatalog(builtinCatalogPlugins())).model).toEqual(first.model);
  });

  it('fills arguments from the entities of their type, and leaves the others $?', () => {
    const [best] = classify('pick some number between 3 and 9 please');
    expect(best?.code).toBe('now => @org.thingpedia.builtin.thingengine.builtin.get_random_between(low=3, high=9) => notify;');
    expect(classify('could you eat my data')[0]?.code).toBe('now => @org.thingpedia.builtin.test.eat_data(data=$?);');
  });

  it('offers at most three programs, most confident first, and none for gibberish', () => {
    const candidates = classify('show me a comic');
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(3);
    expect(candidates.map((candidate) => candidate.score)).toEqual([...candidates.map((candidate) => candidate.score)].sort((a, b) => b - a));
    expect(classify('florp wibble zonk')).toEqual([]);
  });
});
