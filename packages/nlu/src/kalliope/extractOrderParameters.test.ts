import { describe, expect, it } from 'vitest';
import { extractOrderParameters } from './extractOrderParameters.js';
import { parseSignalTemplate, splitWords } from './signalTemplate.js';

function extract(signal: string, order: string): Record<string, string> {
  return extractOrderParameters(parseSignalTemplate(signal), splitWords(order.toLowerCase()));
}

// K Tests/test_neuron_parameter_loader.py and observed cases (docs/protocols/kalliope.md §3.4).
describe('extractOrderParameters', () => {
  it('takes the rest of the order for a trailing placeholder', () => {
    expect(extract('this is the {{ sentence }}', 'this is the value with multiple words')).toEqual({
      sentence: 'value with multiple words',
    });
  });
  it('stops a placeholder at the next literal word', () => {
    expect(
      extract('this is the {{ sentence }} with multiple {{ params }}', 'this is the multiple values with multiple values as words'),
    ).toEqual({ sentence: 'multiple values', params: 'values as words' });
  });
  it('handles a leading placeholder', () => {
    expect(extract('{{ sentence }} this is the sentence', 'hello world this is the sentence')).toEqual({ sentence: 'hello world' });
  });
  it('skips user words before literals', () => {
    expect(
      extract('this the {{ variable }} and the {{ variable2 }} hello', 'Oops Oops this is BlaBla the foo and ploup ploup the bar hello test'),
    ).toEqual({ variable: 'foo', variable2: 'bar' });
  });
  it('keeps multi-word, lower-cased values with punctuation', () => {
    expect(
      extract('give me the weather at {{ location }} for {{ date }}', 'give me the weather at St-Pierre de Chartreuse for tomorrow'),
    ).toEqual({ location: 'st-pierre de chartreuse', date: 'tomorrow' });
  });
  it('ignores spaces inside the braces', () => {
    expect(extract('call {{whom}}', 'call Mom')).toEqual({ whom: 'mom' });
  });
});
