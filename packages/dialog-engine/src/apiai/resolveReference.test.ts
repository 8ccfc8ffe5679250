import { describe, expect, it } from 'vitest';
import { formatValue, resolveReference, type ReferenceSources } from './resolveReference.js';

const sources: ReferenceSources = {
  extracted: { city: { value: 'London', original: 'london town' } },
  contexts: [{ name: 'weather', parameters: { date: '2017-07-20', 'date.original': 'tomorrow' }, lifespan: 2, setAt: 0 }],
  event: { name: 'WELCOME', data: { user: 'Sam' } },
};

describe('resolveReference', () => {
  it('reads $alias and $alias.original from what the NLU extracted', () => {
    expect(resolveReference('$city', sources)).toEqual({ value: 'London', original: 'london town' });
    expect(resolveReference('$city.original', sources)).toEqual({ value: 'london town', original: 'london town' });
    expect(resolveReference('$country', sources)).toBeUndefined();
  });

  it('reads #context.param (case-insensitive context name) and #event.param', () => {
    expect(resolveReference('#Weather.date', sources)).toEqual({ value: '2017-07-20', original: 'tomorrow' });
    expect(resolveReference('#welcome.user', sources)).toEqual({ value: 'Sam', original: 'Sam' });
    expect(resolveReference('#weather.nothing', sources)).toBeUndefined();
    expect(resolveReference('#nodot', sources)).toBeUndefined();
  });

  it('takes anything else as a literal, and an empty expression as nothing', () => {
    expect(resolveReference(' celsius ', sources)).toEqual({ value: 'celsius', original: '' });
    expect(resolveReference('', sources)).toBeUndefined();
  });
});

describe('formatValue', () => {
  it('writes values as response texts show them', () => {
    expect(formatValue(['eggs', 'ham'])).toBe('eggs, ham');
    expect(formatValue({ amount: 50, currency: 'EUR' })).toBe('50 EUR');
    expect(formatValue(null)).toBe('');
    expect(formatValue(2.5)).toBe('2.5');
  });
});
