import { beforeAll, describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { matchAgent } from './matchAgent.js';
import { patternFromUserSays } from './patternFromUserSays.js';
import { loadRecognizers } from '../system/recognizersSuite.js';

beforeAll(loadRecognizers);

describe('patternFromUserSays', () => {
  it('turns annotated chunks into slots that remember their example words', () => {
    expect(patternFromUserSays({
      data: [{ text: 'weather in ' }, { text: 'Paris', alias: 'location', meta: '@sys.geo-city' }, { text: ' @home' }],
    })).toEqual([
      { kind: 'word', text: 'weather' }, { kind: 'word', text: 'in' },
      { kind: 'system', name: 'geo-city', alias: 'location', example: [{ kind: 'word', text: 'paris' }] },
      { kind: 'word', text: 'home' },
    ]);
  });

  it('parses template entries as templates', () => {
    expect(patternFromUserSays({ data: [{ text: 'send @message_type:message_type' }], isTemplate: true })).toEqual([
      { kind: 'word', text: 'send' }, { kind: 'entity', name: 'message_type', alias: 'message_type' },
    ]);
  });

  it('keeps chunks marked @sys.ignore or with an unreadable meta as words', () => {
    expect(patternFromUserSays({ data: [{ text: 'May', alias: 'x', meta: '@sys.ignore' }] })).toEqual([{ kind: 'word', text: 'may' }]);
    expect(patternFromUserSays({ data: [{ text: 'hi there', meta: 'not an entity' }] })).toEqual([
      { kind: 'word', text: 'hi' }, { kind: 'word', text: 'there' },
    ]);
  });
});

describe('annotated example chunks in matching', () => {
  it('match their own words even when the entity does not know them', () => {
    const matcher = compileAgent([{ name: 'send', userSays: [{ data: [{ text: 'send a ' }, { text: 'telegram', alias: 'kind', meta: '@kind' }] }] }],
      [{ name: 'kind', entries: [{ value: 'SMS', synonyms: ['sms', 'text'] }] }]);
    expect(matchAgent(matcher, 'send a text')[0]?.parameters['kind']?.value).toBe('SMS');
    expect(matchAgent(matcher, 'send a telegram')[0]?.parameters['kind']?.value).toBe('telegram');
  });
});

describe('examples split around @sys.ignore chunks', () => {
  it('read their plain chunks as one text, so "I" + "\'" + "m" + " good" matches "I\'m good"', () => {
    const says = {
      data: [{ text: 'I' }, { text: "'", alias: 'x', meta: '@sys.ignore' }, { text: 'm', meta: '@sys.ignore' }, { text: ' good' }],
    };
    expect(patternFromUserSays(says)).toEqual([{ kind: 'word', text: "i'm" }, { kind: 'word', text: 'good' }]);
    const matcher = compileAgent([{ name: 'fine', userSays: [says] }], []);
    expect(matchAgent(matcher, "I'm good")[0]?.score).toBe(1);
  });

  it('keep annotated chunks between plain ones as slots', () => {
    expect(patternFromUserSays({
      data: [{ text: 'call ' }, { text: 'Mo', meta: '@sys.ignore' }, { text: 'm at ' }, { text: '5', alias: 'n', meta: '@sys.number' }],
    })).toEqual([
      { kind: 'word', text: 'call' }, { kind: 'word', text: 'mom' }, { kind: 'word', text: 'at' },
      { kind: 'system', name: 'number', alias: 'n', example: [{ kind: 'word', text: '5' }] },
    ]);
  });
});

describe('annotated values', () => {
  it('read an indefinite article annotated as @sys.number as 1, never the word', () => {
    const matcher = compileAgent([{ name: 'order', userSays: [
      { data: [{ text: 'I want ' }, { text: 'an', alias: 'quantity', meta: '@sys.number' }, { text: ' apple' }] },
    ] }], []);
    expect(matchAgent(matcher, 'I want an apple')[0]?.parameters['quantity']?.value).toBe(1);
    expect(matchAgent(matcher, 'I want 3 apple')[0]?.parameters['quantity']?.value).toBe(3);
  });

  it('keep the punctuation after a @sys.any value that ends the query', () => {
    const matcher = compileAgent([{ name: 'movie', userSays: [
      { data: [{ text: 'what is ' }, { text: 'Up', alias: 'movieName', meta: '@sys.any' }] },
    ] }], []);
    expect(matchAgent(matcher, 'what is La La Land?')[0]?.parameters['movieName']?.value).toBe('La La Land?');
  });

  it('read @sys.percentage with the sign, as api.ai wrote it', () => {
    const matcher = compileAgent([{ name: 'tip', templates: ['tip @sys.percentage:share'] }], []);
    expect(matchAgent(matcher, 'tip 40 percent')[0]?.parameters['share']?.value).toBe('40%');
  });
});

describe('one intent with the same words annotated in one example and plain in another', () => {
  it('reads the parameter of the annotated example', () => {
    const matcher = compileAgent([{ name: 'movie', userSays: [
      { data: [{ text: 'tell me about the movie Inception' }] },
      { data: [{ text: 'tell me about the movie ' }, { text: 'Inception', alias: 'movieName', meta: '@sys.any' }] },
    ] }], []);
    expect(matchAgent(matcher, 'tell me about the movie Inception')[0]?.parameters['movieName']?.value).toBe('Inception');
  });
});
