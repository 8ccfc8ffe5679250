import { describe, expect, it } from 'vitest';
import { parseEntity, parseIntent } from '@parley/apiai-agent/model';
import { entityUsesEntity, intentUsesEntity } from './entityUsage.js';

describe('intentUsesEntity', () => {
  it('finds template references with and without alias, and parameter data types', () => {
    const intent = parseIntent({ name: 'weather', templates: ['Forecast for @city:location'] });
    expect(intentUsesEntity(intent, 'city')).toBe(true);
    expect(intentUsesEntity(intent, 'cit')).toBe(false);
    const seed = parseIntent({ name: 'x', templates: ['turn @onOff @appliance'] });
    expect(intentUsesEntity(seed, 'appliance')).toBe(true);
    const typed = parseIntent({ name: 'y', responses: [{ parameters: [{ name: 'p', dataType: '@parent' }] }] });
    expect(intentUsesEntity(typed, 'parent')).toBe(true);
  });

  it('finds chunked user says meta', () => {
    const intent = parseIntent({
      name: 'send',
      userSays: [{ data: [{ text: 'send to ' }, { text: 'mom', alias: 'parent', meta: '@parent' }] }],
    });
    expect(intentUsesEntity(intent, 'parent')).toBe(true);
    expect(intentUsesEntity(intent, 'par')).toBe(false);
  });

  it('finds composite entity references', () => {
    const entity = parseEntity({ name: 'order', entries: [{ value: '@food:food', synonyms: ['@food:food please'] }] });
    expect(entityUsesEntity(entity, 'food')).toBe(true);
  });
});
