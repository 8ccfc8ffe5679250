import { describe, expect, it } from 'vitest';
import { recognizersSuite, recognizersSuiteLoaded } from './recognizersSuite.js';

describe('recognizersSuite', () => {
  it('is loaded on first use, not on import, and then kept', async () => {
    // Importing the package's entry (every recogniser of the package) must not load the suite.
    await import('../index.js');
    expect(recognizersSuiteLoaded()).toBe(false);
    const suite = recognizersSuite();
    expect(recognizersSuiteLoaded()).toBe(true);
    expect(recognizersSuite()).toBe(suite);
    expect(suite.recognizeNumber('twenty one', 'en-us')[0]?.resolution).toEqual({ value: '21' });
  });
});
