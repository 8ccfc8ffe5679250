import { describe, expect, it } from 'vitest';
import { calibrateClassifier } from '../classifier/calibrateClassifier.js';
import { trainingExamples, validationExamples } from '../classifier/smallAgent.fixture.js';
import { trainClassifier } from '../classifier/trainClassifier.js';
import { rankCandidates, resolveIntent, type IntentQuery } from './resolveIntent.js';

const classifier = calibrateClassifier(trainClassifier(trainingExamples), validationExamples);
const intentParameters = { weather: [{ name: 'city', entity: '@sys.geo-city' }, { name: 'date', entity: '@sys.date' }] };

describe('resolveIntent', () => {
  it('prefers a template match over the classifier', () => {
    const query: IntentQuery = {
      text: 'play the weather channel',
      classifier,
      templateMatches: [{ intent: 'tv', score: 0.9, parameters: { channel: 'weather' } }],
    };
    expect(resolveIntent(query)).toEqual({
      intent: 'tv', score: 0.9, source: 'template', parameters: { channel: 'weather' }, originals: {},
    });
  });
  it('takes the best-scoring template match, ties in matcher order', () => {
    const query: IntentQuery = {
      text: 'anything',
      templateMatches: [
        { intent: 'a', score: 0.5, parameters: {} },
        { intent: 'b', score: 1, parameters: {} },
        { intent: 'c', score: 1, parameters: {} },
      ],
    };
    expect(resolveIntent(query)?.intent).toBe('b');
    expect(resolveIntent(query, { minTemplateScore: 2 })).toBeUndefined();
  });
  it('falls back to the classifier and fills parameters from the recognised entities', () => {
    const resolved = resolveIntent({
      text: 'will it rain in Oslo tomorrow',
      classifier,
      intentParameters,
      entities: [
        { entity: 'sys.date', start: 21, end: 29, text: 'tomorrow', value: '2026-11-22' },
        { entity: 'sys.geo-city', start: 16, end: 20, text: 'Oslo', value: 'Oslo' },
      ],
    });
    expect(resolved).toMatchObject({
      intent: 'weather',
      source: 'classifier',
      parameters: { city: 'Oslo', date: '2026-11-22' },
      originals: { city: 'Oslo', date: 'tomorrow' },
    });
    expect(resolved?.score).toBeGreaterThan(0.5);
  });
  it('returns undefined for an out-of-scope query with no template match', () => {
    expect(resolveIntent({ text: 'who painted the mona lisa', classifier })).toBeUndefined();
    expect(resolveIntent({ text: 'anything' })).toBeUndefined();
  });
});

describe('rankCandidates', () => {
  it('lists template matches first, then the other classifier intents by confidence', () => {
    const ranked = rankCandidates(
      { text: 'play some jazz music', classifier, templateMatches: [{ intent: 'alarm', score: 0.4, parameters: {} }] },
      { minConfidence: 0 },
    );
    expect(ranked.map((candidate) => [candidate.intent, candidate.source])).toEqual([
      ['alarm', 'template'],
      ['music', 'classifier'],
      ['weather', 'classifier'],
    ]);
  });
  it('honours the limit and the minimum confidence', () => {
    expect(rankCandidates({ text: 'play some jazz music', classifier }, { limit: 1 }).map((candidate) => candidate.intent)).toEqual(['music']);
    expect(rankCandidates({ text: 'play some jazz music', classifier }, { minConfidence: 1.01 })).toEqual([]);
  });
});
