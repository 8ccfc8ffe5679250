import { loadRecognizers } from '@parley/nlu';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryEntities } from './queryEntities.js';

beforeAll(loadRecognizers);

const now = Date.parse('2026-11-21T10:00:00Z');

describe('queryEntities', () => {
  it('keeps plain words lower-cased, with no entities', () => {
    expect(queryEntities('Get a Cat Picture')).toEqual({ tokens: ['get', 'a', 'cat', 'picture'], entities: {}, found: [] });
  });

  it('numbers placeholders per kind in query order and leaves numbers inside quotes alone', () => {
    const { tokens, entities, found } = queryEntities('say "2 lol" to 42 friends and "bye" to 7');
    expect(tokens).toEqual(['say', 'QUOTED_STRING_0', 'to', 'NUMBER_0', 'friends', 'and', 'QUOTED_STRING_1', 'to', 'NUMBER_1']);
    expect(entities).toEqual({ QUOTED_STRING_0: '2 lol', NUMBER_0: 42, QUOTED_STRING_1: 'bye', NUMBER_1: 7 });
    expect(found.map((entity) => entity.slotType)).toEqual(['String', 'Number', 'String', 'Number']);
    expect(found[1]?.value).toEqual({ type: 'Number', value: 42 });
  });

  it('gives dates and times in the NN entity formats when the clock is known', () => {
    const { tokens, entities } = queryEntities('remind me tomorrow at 5pm', { now, timeZone: 'UTC' });
    expect(tokens).toEqual(['remind', 'me', 'DATE_0']);
    expect(entities).toEqual({ DATE_0: { year: 2026, month: 11, day: 22, hour: 17, minute: 0, second: 0 } });
    expect(queryEntities('get the time at noon', { now, timeZone: 'UTC' }).entities).toEqual({ TIME_0: { hour: 12, minute: 0 } });
    expect(queryEntities('remind me tomorrow').tokens).toEqual(['remind', 'me', 'tomorrow']);
  });
});
