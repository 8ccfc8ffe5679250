import { describe, expect, it } from 'vitest';
import { longestSilence, parseHypsegLine, spokenText } from './pocketsphinx-output.js';

describe('pocketsphinx -hypseg output', () => {
  it('reads the words with their start and end times', () => {
    const line = 'u3 S 0 T -4015 A -3341 L -674 0 -320 -337 <sil> 5 -1085 0 close 40 -682 0 the 54 -985 0 window 101 -269 -337 <sil> 137';
    expect(parseHypsegLine(line)).toEqual({
      utterance: 'u3',
      words: [
        { word: '<sil>', start: 0, end: 0.05 },
        { word: 'close', start: 0.05, end: 0.4 },
        { word: 'the', start: 0.4, end: 0.54 },
        { word: 'window', start: 0.54, end: 1.01 },
        { word: '<sil>', start: 1.01, end: 1.37 },
      ],
    });
  });

  it('reads an utterance without a hypothesis and ignores other lines', () => {
    expect(parseHypsegLine('u0 S 0 T 0 A 0 L 0 0')).toEqual({ utterance: 'u0', words: [] });
    expect(parseHypsegLine('INFO: batch.c(123): something')).toBeUndefined();
    expect(parseHypsegLine('u1 S 0 T 0 A 0 L 0 5 -1 0')).toBeUndefined();
  });

  it('reads the spoken words (fillers, silences and null transitions left out) and the longest silence', () => {
    const words = [
      { word: '<sil>', start: 0, end: 0.13 },
      { word: 'say', start: 0.13, end: 0.4 },
      { word: '(NULL)', start: 0.4, end: 0.4 },
      { word: 'hello(2)', start: 0.41, end: 0.83 },
      { word: '[NOISE]', start: 0.84, end: 0.9 },
      { word: '<sil>', start: 0.9, end: 1.5 },
    ];
    expect(spokenText(words)).toBe('say hello');
    expect(longestSilence(words)).toBeCloseTo(0.6);
    expect(longestSilence([])).toBe(0);
  });
});
