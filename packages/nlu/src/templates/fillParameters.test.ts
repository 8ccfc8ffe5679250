import { beforeAll, describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { fillParameters, type EntityMention } from './fillParameters.js';
import { findEntityMentions } from './findEntityMentions.js';
import { loadRecognizers } from '../system/recognizersSuite.js';

beforeAll(loadRecognizers);

const mentions: EntityMention[] = [
  { entity: 'city', start: 22, end: 28, text: 'London', value: 'London' },
  { entity: 'sys.date', start: 29, end: 37, text: 'tomorrow', value: '2026-11-22' },
  { entity: 'city', start: 10, end: 15, text: 'Paris', value: 'Paris' },
];

describe('fillParameters', () => {
  it('gives each parameter the first unused mention of its entity, in text order', () => {
    const filled = fillParameters(
      [
        { name: 'from', entity: '@city' },
        { name: 'to', entity: 'city' },
        { name: 'date', entity: '@sys.date' },
      ],
      mentions,
    );
    expect(filled.parameters).toEqual({ from: 'Paris', to: 'London', date: '2026-11-22' });
    expect(filled.originals).toEqual({ from: 'Paris', to: 'London', date: 'tomorrow' });
  });
  it('a list parameter takes every mention', () => {
    const filled = fillParameters([{ name: 'cities', entity: '@city', isList: true }], mentions);
    expect(filled.parameters).toEqual({ cities: ['Paris', 'London'] });
    expect(filled.originals).toEqual({ cities: ['Paris', 'London'] });
  });
  it('leaves out a parameter without a mention', () => {
    expect(fillParameters([{ name: 'time', entity: '@sys.time' }], mentions)).toEqual({ parameters: {}, originals: {} });
  });
});

describe('fillParameters with findEntityMentions', () => {
  it('fills a classifier-chosen intent from the mentions the agent matcher finds', () => {
    const matcher = compileAgent([{ name: 'go', templates: ['go @sys.number:n steps'] }], []);
    const mentions = findEntityMentions(matcher, 'walk 4 steps');
    expect(fillParameters([{ name: 'n', entity: '@sys.number' }], mentions)).toEqual({ parameters: { n: 4 }, originals: { n: '4' } });
  });
});
