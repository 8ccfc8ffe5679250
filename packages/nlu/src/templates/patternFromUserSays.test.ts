import { describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { matchAgent } from './matchAgent.js';
import { patternFromUserSays } from './patternFromUserSays.js';

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
