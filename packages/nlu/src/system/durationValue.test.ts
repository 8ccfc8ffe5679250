import { describe, expect, it } from 'vitest';
import { durationValue } from './durationValue.js';

describe('durationValue', () => {
  it('reads single units', () => {
    expect(durationValue('PT3H')).toEqual({ amount: 3, unit: 'h' });
    expect(durationValue('PT45S')).toEqual({ amount: 45, unit: 's' });
    expect(durationValue('P2D')).toEqual({ amount: 2, unit: 'day' });
    expect(durationValue('P1M')).toEqual({ amount: 1, unit: 'mo' });
    expect(durationValue('P3Y')).toEqual({ amount: 3, unit: 'yr' });
  });

  it('expresses mixed units in the smallest', () => {
    expect(durationValue('PT1H30M')).toEqual({ amount: 90, unit: 'min' });
    expect(durationValue('P1DT2H')).toEqual({ amount: 26, unit: 'h' });
  });

  it('refuses what is not a duration', () => {
    expect(durationValue('XXXX-01')).toBeUndefined();
    expect(durationValue('P')).toBeUndefined();
  });
});
