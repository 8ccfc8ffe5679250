import { describe, expect, it } from 'vitest';
import { parseEntity, parseIntent } from '@parley/apiai-agent/model';
import { grammarPhrases } from './grammarPhrases.js';

describe('grammarPhrases', () => {
  it('expands developer entities and inline options, keeps system entities open', () => {
    const city = parseEntity({ name: 'city', entries: [{ value: 'New York, NY', synonyms: ['New York', 'Big Apple'] }] });
    const intent = parseIntent({
      name: 'weather',
      templates: ['Forecast for @city:location', 'weather @{today, now}', 'forecast in @sys.number:days days'],
      userSays: [{ data: [{ text: 'is it raining in ' }, { text: 'Paris', alias: 'location', meta: '@city' }] }],
    });
    expect(grammarPhrases([intent], [city])).toEqual([
      'Forecast for New York',
      'Forecast for Big Apple',
      'weather today',
      'weather now',
      'forecast in {{ number }} days',
      'is it raining in Paris',
    ]);
  });
});
