import { describe, expect, it } from 'vitest';
import { espeakPronunciations } from './espeakPronunciations.js';
import { PronouncingDictionary } from './pronouncingDictionary.js';

describe('espeakPronunciations', () => {
  it('turns espeak-ng phonemes into CMU phones, one word per line', async () => {
    const pronunciations = await espeakPronunciations(['hello', 'question', 'kalliope'], 'en-us');
    expect(pronunciations.get('hello')).toBe('HH AH L OW');
    expect(pronunciations.get('question')).toBe('K W EH S CH AH N');
    expect(pronunciations.get('kalliope')).toMatch(/^K AE L IH OW P$/);
  });

  it('gives no pronunciation to no words without running espeak-ng', async () => {
    expect((await espeakPronunciations([], 'en-us')).size).toBe(0);
  });
});

describe('PronouncingDictionary.withPronunciations', () => {
  it('adds the words it lacks and leaves the ones it has', () => {
    const dictionary = PronouncingDictionary.parse('hello HH AH L OW\n').withPronunciations(
      new Map([
        ['hello', 'HH EH L OW'],
        ['kalliope', 'K AE L IH OW P'],
      ]),
    );
    expect(dictionary.subset(['hello', 'kalliope'])).toBe('hello HH AH L OW\nkalliope K AE L IH OW P\n');
  });
});

describe('PronouncingDictionary.withVariants', () => {
  it('adds new pronunciations of the words it has as numbered variants, and nothing else', () => {
    const dictionary = PronouncingDictionary.parse('garage G ER AA ZH\nhello HH AH L OW\nhello(2) HH EH L OW\n').withVariants(
      new Map([
        ['garage', 'G AE R IH JH'],
        ['hello', 'HH EH L OW'],
        ['kalliope', 'K AE L IH OW P'],
      ]),
    );
    expect(dictionary.subset(['garage', 'hello', 'kalliope'])).toBe(
      'garage G ER AA ZH\ngarage(2) G AE R IH JH\nhello HH AH L OW\nhello(2) HH EH L OW\n',
    );
  });
});
