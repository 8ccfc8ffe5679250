import { beforeAll, describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { findEntityMentions } from './findEntityMentions.js';
import { loadRecognizers } from '../system/recognizersSuite.js';

beforeAll(loadRecognizers);

const matcher = compileAgent([], [
  { name: 'city', entries: [{ value: 'New York, NY', synonyms: ['New York', 'NY'] }, { value: 'Paris', synonyms: ['Paris'] }] },
  { name: 'room', entries: [{ value: 'living room', synonyms: ['living room', 'lounge'] }] },
]);

describe('findEntityMentions', () => {
  it('finds developer and system entities with character offsets, without overlaps', () => {
    const text = 'Fly from New York to Paris tomorrow at 5 pm for 2 people';
    expect(findEntityMentions(matcher, text, { now: '2017-05-10T07:30:00Z', timeZone: 'Europe/Paris' })).toEqual([
      { entity: 'city', start: 9, end: 17, text: 'New York', value: 'New York, NY' },
      { entity: 'city', start: 21, end: 26, text: 'Paris', value: 'Paris' },
      { entity: 'sys.date-time', start: 27, end: 43, text: 'tomorrow at 5 pm', value: '2017-05-11T17:00:00+02:00' },
      { entity: 'sys.number', start: 48, end: 49, text: '2', value: 2 },
      { entity: 'sys.number-integer', start: 48, end: 49, text: '2', value: 2 },
    ]);
  });

  it('looks only for the system entities asked for', () => {
    expect(findEntityMentions(matcher, 'Paris for 2 people at 5 pm', { now: 0, systemEntities: ['number'] })).toEqual([
      { entity: 'city', start: 0, end: 5, text: 'Paris', value: 'Paris' },
      { entity: 'sys.number', start: 10, end: 11, text: '2', value: 2 },
      { entity: 'sys.number', start: 22, end: 23, text: '5', value: 5 },
    ]);
  });

  it('uses session entities and skips dates without a reference time', () => {
    const sessionEntities = [{ name: 'room', extend: true, entries: [{ value: 'den' }] }];
    expect(findEntityMentions(matcher, 'lights in the den tomorrow', { sessionEntities })).toEqual([
      { entity: 'room', start: 14, end: 17, text: 'den', value: 'den' },
    ]);
  });
});
