import { describe, expect, it } from 'vitest';
import { parseEntity } from '../agent/parseEntity.js';
import { parseIntent } from '../agent/parseIntent.js';
import { outOfScopeLabel, trainingExamples } from './trainingExamples.js';

describe('trainingExamples', () => {
  it('fills templates with entity synonyms, keeps examples as written, and labels fallback sentences out of scope', () => {
    const city = parseEntity({ name: 'city', entries: [{ value: 'New York, NY', synonyms: ['New York', 'Big Apple'] }, { value: 'Washington, DC', synonyms: ['DC'] }] });
    const weather = parseIntent({
      id: '6f1c9f8e-0000-4000-8000-000000000001',
      name: 'weather',
      templates: ['Forecast for @city:location @sys.date:date'],
      userSays: [{ data: [{ text: 'is it raining in ' }, { text: 'Paris', alias: 'location', meta: '@city' }] }],
    });
    const fallback = parseIntent({ name: 'fallback', fallbackIntent: true, templates: ['whatever'] });
    const examples = trainingExamples([weather, fallback], [city]);
    expect(examples.map((example) => example.text)).toEqual([
      'Forecast for New York tomorrow',
      'Forecast for Big Apple January 1',
      'Forecast for DC tomorrow',
      'is it raining in Paris',
      'whatever',
    ]);
    expect(examples.map((example) => example.intent)).toEqual([...Array<string>(4).fill(weather.id), outOfScopeLabel]);
  });
});
