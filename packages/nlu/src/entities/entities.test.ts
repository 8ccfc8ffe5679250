import { beforeAll, describe, expect, it } from 'vitest';
import { compileAgent } from '../templates/compileAgent.js';
import { matchAgent } from '../templates/matchAgent.js';
import type { EntityDefinition } from './entityDefinition.js';
import { loadRecognizers } from '../system/recognizersSuite.js';

beforeAll(loadRecognizers);

const fruit: EntityDefinition = { name: 'fruit', entries: [
  { value: 'apple', synonyms: ['apple', 'apples', 'granny smith'] },
  { value: 'banana', synonyms: ['banana', 'bananas'] },
  { value: 'kiwi' },
] };
/** A composite entity: entries reference other entities with aliases (api.ai `isEnum`). */
const order: EntityDefinition = { name: 'order', isEnum: true, entries: [
  { value: '@sys.number-integer:amount @fruit:fruit' },
  { value: '@fruit:fruit' },
  { value: 'nothing' },
] };
const aisle: EntityDefinition = { name: 'aisle', entries: [{ value: 'aisle', synonyms: ['aisle @sys.number'] }] };
const dish: EntityDefinition = { name: 'dish', allowFuzzyExtraction: true, entries: [
  { value: 'chicken curry', synonyms: ['chicken curry'] }, { value: 'spaghetti', synonyms: ['spaghetti'] },
] };

const matcher = compileAgent([
  { name: 'buy', templates: ['buy @order:order'] },
  { name: 'find', templates: ['where is @aisle:place'] },
  { name: 'eat', templates: ['I want @dish:dish'] },
  { name: 'like', templates: ['I like @fruit:fruit'] },
], [fruit, order, aisle, dish]);

const parameters = (text: string, options = {}) => matchAgent(matcher, text, options)[0]?.parameters;

describe('developer entities', () => {
  it('maps synonyms, multi-word synonyms and entries without synonyms to the reference value', () => {
    expect(parameters('I like apples')?.['fruit']).toMatchObject({ value: 'apple', original: 'apples' });
    expect(parameters('I like Granny Smith')?.['fruit']).toMatchObject({ value: 'apple' });
    expect(parameters('I like kiwi')?.['fruit']).toMatchObject({ value: 'kiwi' });
  });

  it('returns composite isEnum values as objects of the referenced values', () => {
    expect(parameters('buy 3 bananas')?.['order']).toEqual({ entity: '@order', value: { amount: 3, fruit: 'banana' }, original: '3 bananas' });
    expect(parameters('buy apples')?.['order']?.value).toEqual({ fruit: 'apple' });
    expect(parameters('buy nothing')?.['order']?.value).toBe('nothing');
  });

  it('reads synonyms that reference system entities, without exposing their value', () => {
    expect(parameters('where is aisle 12')?.['place']).toEqual({ entity: '@aisle', value: 'aisle', original: 'aisle 12' });
    expect(parameters('where is aisle twelve')?.['place']?.value).toBe('aisle');
  });

  it('tolerates typos only for fuzzy entities, scoring them lower', () => {
    const [match] = matchAgent(matcher, 'I want chiken cury');
    expect(match?.parameters['dish']).toMatchObject({ value: 'chicken curry', original: 'chiken cury' });
    expect(match?.score).toBeLessThan(1);
    expect(matchAgent(matcher, 'I like banan')).toEqual([]);
  });

  it('can turn on typo tolerance for every entity', () => {
    const fuzzy = compileAgent([{ name: 'like', templates: ['I like @fruit:fruit'] }], [fruit], { fuzzyEntities: true });
    expect(matchAgent(fuzzy, 'I like banan')[0]?.parameters['fruit']?.value).toBe('banana');
  });

  it('does not loop on entities that refer to themselves', () => {
    const loop = compileAgent([{ name: 'x', templates: ['say @loop:loop'] }], [
      { name: 'loop', entries: [{ value: 'a', synonyms: ['@loop b', 'a'] }] },
    ]);
    expect(matchAgent(loop, 'say a')[0]?.parameters['loop']?.value).toBe('a');
  });
});

describe('automated expansion', () => {
  const expanding = compileAgent([{ name: 'play', templates: ['play @artist:artist', 'play something'] }], [
    { name: 'artist', automatedExpansion: true, entries: [{ value: 'The Beatles', synonyms: ['the beatles', 'beatles'] }] },
  ]);

  it('accepts unlisted values of up to three words, valued as written, below listed ones', () => {
    const [listed] = matchAgent(expanding, 'play beatles');
    expect(listed).toMatchObject({ score: 1, parameters: { artist: { value: 'The Beatles' } } });
    const [unlisted] = matchAgent(expanding, 'play Pink Floyd');
    expect(unlisted?.parameters['artist']).toEqual({ entity: '@artist', value: 'Pink Floyd', original: 'Pink Floyd' });
    expect(unlisted?.score).toBeLessThan(1);
    expect(matchAgent(expanding, 'play one two three four')).toEqual([]);
  });

  it('prefers literal expressions over an expanded value', () => {
    expect(matchAgent(expanding, 'play something')[0]).toMatchObject({ score: 1, expressionIndex: 1 });
  });
});

describe('session entities', () => {
  it('replace the developer entries by default', () => {
    const sessionEntities = [{ name: 'fruit', entries: [{ value: 'mango', synonyms: ['mango', 'mangoes'] }] }];
    expect(parameters('I like mangoes', { sessionEntities })?.['fruit']?.value).toBe('mango');
    expect(parameters('I like apples', { sessionEntities })).toBeUndefined();
  });

  it('extend the developer entries with extend: true', () => {
    const sessionEntities = [{ name: 'fruit', extend: true, entries: [{ value: 'mango', synonyms: ['mango'] }] }];
    expect(parameters('I like mango', { sessionEntities })?.['fruit']?.value).toBe('mango');
    expect(parameters('I like apples', { sessionEntities })?.['fruit']?.value).toBe('apple');
  });

  it('reach entities referenced from other entities, and leave the compiled agent untouched', () => {
    const sessionEntities = [{ name: 'fruit', entries: [{ value: 'plum' }] }];
    expect(parameters('buy 2 plum', { sessionEntities })?.['order']?.value).toEqual({ amount: 2, fruit: 'plum' });
    expect(parameters('buy 2 plum')).toBeUndefined();
  });
});
