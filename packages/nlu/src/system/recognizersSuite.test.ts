import { expect, it } from 'vitest';
import { loadRecognizers, recognizersLoaded } from './recognizersSuite.js';
import { recognizeSystemEntities } from './recognizeSystemEntities.js';

// One test: the suite's loading is module state, fresh in each test file.
it('refuses suite recognition until loadRecognizers has resolved, then recognises', async () => {
  expect(recognizersLoaded()).toBe(false);
  expect(() => recognizeSystemEntities('3 apples', { entities: ['number'] })).toThrow(/Await loadRecognizers\(\)/);
  expect(() => recognizeSystemEntities('tomorrow', { now: 0, entities: ['date'] })).toThrow(/not loaded/);
  // Word entities come from this package's own lists, not from the suite.
  expect(recognizeSystemEntities('paint it grey', { entities: ['color'] }).map((match) => match.value)).toEqual(['gray']);
  await Promise.all([loadRecognizers(), loadRecognizers()]);
  expect(recognizersLoaded()).toBe(true);
  expect(recognizeSystemEntities('3 apples', { entities: ['number'] }).map((match) => match.value)).toEqual([3]);
}, 60_000);
