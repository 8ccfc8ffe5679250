import { describe, expect, it } from 'vitest';
import { isRawParameter, renderNeuronParameters } from './renderNeuronParameters.js';

describe('renderNeuronParameters', () => {
  it('renders strings, lists and dicts, leaving plain values alone', () => {
    expect(
      renderNeuronParameters({ message: ['hi {{ who }}', 'yo'], headers: { to: '{{ who }}' }, volume: 3 }, { who: 'bob' }),
    ).toEqual({ ok: true, value: { message: ['hi bob', 'yo'], headers: { to: 'bob' }, volume: 3 } });
  });

  it('fails with the reason when a variable is missing anywhere or a template fails', () => {
    expect(renderNeuronParameters({ message: 'ok', headers: { to: '{{ whom }}' } }, {})).toEqual({ ok: false, reason: 'the parameter "whom" is not available in the order' });
    expect(renderNeuronParameters({ message: ['ok', '{{ 1 / 0 }}'] }, {})).toEqual({ ok: false, reason: expect.stringContaining('division by zero') as unknown });
  });

  it('keeps the raw parameters raw', () => {
    const raw = { say_template: '{{ later }}', kalliope_memory: { key: '{{ later }}' }, from_answer_link: [{ synapse: 'x', answers: ['{{ a }}'] }] };
    expect(renderNeuronParameters(raw, {})).toEqual({ ok: true, value: raw });
  });

  it('treats names that are substrings of the raw names as raw, like Kalliope 0.7.2', () => {
    expect(['say', 'file', 'template', 'answer', 'memory'].every(isRawParameter)).toBe(true);
    expect(['message', 'sentence', 'direct_link'].some(isRawParameter)).toBe(false);
  });
});
