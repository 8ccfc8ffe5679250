import { describe, expect, it } from 'vitest';
import { parseHypsegLine, silences, spokenText, worstWordScorePerFrame } from './pocketsphinxOutput.js';

describe('pocketsphinx -hypseg output', () => {
  it('reads the words with their start and end times', () => {
    const line = 'u3 S 0 T -4015 A -3341 L -674 0 -320 -337 <sil> 5 -1085 0 close 40 -682 0 the 54 -985 0 window 101 -269 -337 <sil> 137';
    expect(parseHypsegLine(line)).toEqual({
      utterance: 'u3',
      words: [
        { word: '<sil>', start: 0, end: 0.05, acousticScore: -320 },
        { word: 'close', start: 0.05, end: 0.4, acousticScore: -1085 },
        { word: 'the', start: 0.4, end: 0.54, acousticScore: -682 },
        { word: 'window', start: 0.54, end: 1.01, acousticScore: -985 },
        { word: '<sil>', start: 1.01, end: 1.37, acousticScore: -269 },
      ],
      acousticScore: -3341,
      frames: 137,
    });
  });

  it('reads an utterance without a hypothesis and ignores other lines', () => {
    expect(parseHypsegLine('u0 S 0 T 0 A 0 L 0 0')).toEqual({ utterance: 'u0', words: [], acousticScore: 0, frames: 0 });
    expect(parseHypsegLine('INFO: batch.c(123): something')).toBeUndefined();
    expect(parseHypsegLine('u1 S 0 T 0 A 0 L 0 5 -1 0')).toBeUndefined();
  });

  it('reads the spoken words (fillers, silences and null transitions left out)', () => {
    const words = [
      { word: '<sil>', start: 0, end: 0.13, acousticScore: 0 },
      { word: 'say', start: 0.13, end: 0.4, acousticScore: 0 },
      { word: '(NULL)', start: 0.4, end: 0.4, acousticScore: 0 },
      { word: 'hello(2)', start: 0.41, end: 0.83, acousticScore: 0 },
      { word: '[NOISE]', start: 0.84, end: 0.9, acousticScore: 0 },
      { word: '<sil>', start: 0.9, end: 1.5, acousticScore: 0 },
    ];
    expect(spokenText(words)).toBe('say hello');
    expect(silences(words).edge).toBeCloseTo(0.66);
    expect(silences(words).inner).toBe(0);
    expect(silences([...words.slice(0, 2), { word: '<sil>', start: 0.4, end: 0.75, acousticScore: 0 }, ...words.slice(3)]).inner).toBeCloseTo(0.35);
    expect(silences(words.slice(4))).toEqual({ inner: Infinity, edge: Infinity });
  });

  it('finds the spoken word that fits the audio worst, per 10 ms frame', () => {
    const hypothesis = parseHypsegLine('u3 S 0 T -4015 A -3341 L -674 0 -320 -337 <sil> 5 -1085 0 close 40 -682 0 the 54 -985 0 window 101 -269 -337 <sil> 137');
    expect(worstWordScorePerFrame(hypothesis?.words ?? [])).toBeCloseTo(-682 / 14);
    expect(worstWordScorePerFrame([{ word: '<sil>', start: 0, end: 1, acousticScore: -5 }])).toBe(-Infinity);
  });
});
