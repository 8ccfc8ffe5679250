import { describe, expect, it } from 'vitest';
import { isRawParameter, renderNeuronParameters } from './renderNeuronParameters.js';

describe('renderNeuronParameters', () => {
  it('renders strings, lists and dicts, leaving plain values alone', () => {
    expect(
      renderNeuronParameters({ message: ['hi {{ who }}', 'yo'], headers: { to: '{{ who }}' }, volume: 3 }, { who: 'bob' }),
    ).toEqual({ message: ['hi bob', 'yo'], headers: { to: 'bob' }, volume: 3 });
  });

  it('is undefined when a variable is missing anywhere', () => {
    expect(renderNeuronParameters({ message: 'ok', headers: { to: '{{ whom }}' } }, {})).toBeUndefined();
  });

  it('keeps the raw parameters raw', () => {
    const raw = { say_template: '{{ later }}', kalliope_memory: { key: '{{ later }}' }, from_answer_link: [{ synapse: 'x', answers: ['{{ a }}'] }] };
    expect(renderNeuronParameters(raw, {})).toEqual(raw);
  });

  it('treats names that are substrings of the raw names as raw, like Kalliope 0.7.2', () => {
    expect(['say', 'file', 'template', 'answer', 'memory'].every(isRawParameter)).toBe(true);
    expect(['message', 'sentence', 'direct_link'].some(isRawParameter)).toBe(false);
  });
});
