import { describe, expect, it } from 'vitest';
import { matchOrderSignal } from './matchOrderSignal.js';
import { parseOrderSignal } from './orderSignal.js';

function matches(signal: unknown, order: string): boolean {
  return matchOrderSignal(parseOrderSignal(signal), order) !== undefined;
}

describe('matchOrderSignal (docs/protocols/kalliope.md §3.2)', () => {
  it('normal is multiset containment: repeated words must repeat', () => {
    expect(matches('bye bye', 'bye')).toBe(false);
    expect(matches('bye bye', 'well bye then bye')).toBe(true);
  });
  it('normal ignores word order and extra words', () => {
    expect(matches('turn on light', 'light please turn it on')).toBe(true);
  });
  it('strict counts the words of the signal rendered with the parameter values', () => {
    const timer = { text: 'set timer {{ duration }}', 'matching-type': 'strict' };
    const match = matchOrderSignal(parseOrderSignal(timer), 'set timer 5 minutes');
    expect(match?.parameters).toEqual({ duration: '5 minutes' });
    expect(matches(timer, 'please set timer 5 minutes')).toBe(false);
  });
  it('ordered-strict needs the rendered signal word for word', () => {
    const timer = { text: 'set timer {{ duration }}', 'matching-type': 'ordered-strict' };
    expect(matches(timer, 'Set Timer 5 minutes')).toBe(true);
    expect(matches(timer, 'timer set 5 minutes')).toBe(false);
  });
  it('a placeholder may be empty', () => {
    const match = matchOrderSignal(parseOrderSignal('expected order in the signal {{ variable }}'), 'expected order in the signal');
    expect(match?.parameters).toEqual({ variable: '' });
  });
  it('an empty placeholder still satisfies strict', () => {
    const signal = { text: 'expected order in the signal {{ variable }}', 'matching-type': 'strict' };
    expect(matches(signal, 'expected order in the signal')).toBe(true);
  });
  it('not-contain compares excluded words case-insensitively with whole order words', () => {
    const signal = { text: 'open the door', 'matching-type': 'not-contain', 'excluded-words': ['Garage'] };
    expect(matches(signal, 'open the GARAGE door')).toBe(false);
    expect(matches(signal, 'open the garages door')).toBe(true);
  });
  it('reports how much of the order the signal covers', () => {
    expect(matchOrderSignal(parseOrderSignal('say'), 'say hello')?.coverage).toBe(0.5);
  });
});
