import { describe, expect, it } from 'vitest';
import { applySttCorrections, mergeSttCorrections } from './sttCorrection.js';

// Expectations of K@v0.7.2 Tests/test_order_analyser.py (docs/protocols/kalliope.md §3.3).
const fileEntries = [
  { input: 'test', output: 'order' },
  { input: 'hello the', output: 'i am' },
];

describe('stt-correction', () => {
  it('applies the file entries, then the inline ones', () => {
    const corrections = mergeSttCorrections(fileEntries, [{ input: 'thus', output: 'this' }]);
    expect(applySttCorrections('thus is my test', corrections)).toBe('this is my order');
  });
  it('replaces multi-word inputs', () => {
    expect(applySttCorrections('hello the test', mergeSttCorrections(fileEntries, []))).toBe('i am order');
  });
  it('an inline entry overrides a file entry with the same input', () => {
    const corrections = mergeSttCorrections(fileEntries, [{ input: 'test', output: 'overridden' }]);
    expect(applySttCorrections('thus is my test', corrections)).toBe('thus is my overridden');
  });
  it('replaces every occurrence, with multi-word outputs', () => {
    const corrections = mergeSttCorrections([], [{ input: 'test', output: 'is overridden' }]);
    expect(applySttCorrections('thus is my test', corrections)).toBe('thus is my is overridden');
    expect(applySttCorrections('test test', corrections)).toBe('is overridden is overridden');
  });
  it('is not word-bounded', () => {
    expect(applySttCorrections('contest', mergeSttCorrections([], [{ input: 'test', output: 'x' }]))).toBe('conx');
  });
  it('stringifies and lower-cases both sides; an entry missing a key changes nothing', () => {
    const corrections = mergeSttCorrections([], [{ input: 'ONE', output: 1 }, { input: 'two' }, { output: 'x' }]);
    expect(corrections).toEqual([{ input: 'one', output: '1' }]);
    expect(applySttCorrections('one two', corrections)).toBe('1 two');
  });
});
