import { describe, expect, it } from 'vitest';
import { longestSilence, parseAlignment, spokenText } from './pocketsphinx-output.js';

const output = [
  'say hello',
  '<sil> 0.080 0.210 1.000000',
  'say 0.220 0.400 1.000000',
  'hello(2) 0.410 0.830 0.998000',
  '[NOISE] 0.840 0.900 1.000000',
  '<sil> 0.900 1.500 1.000000',
  '',
].join('\n');

describe('pocketsphinx -time yes output', () => {
  it('reads the segments and the spoken words', () => {
    const segments = parseAlignment(output);
    expect(segments).toHaveLength(5);
    expect(segments[2]).toEqual({ word: 'hello(2)', start: 0.41, end: 0.83 });
    expect(spokenText(segments)).toBe('say hello');
  });

  it('measures the longest silence', () => {
    expect(longestSilence(parseAlignment(output))).toBeCloseTo(0.6);
    expect(longestSilence([])).toBe(0);
  });
});
