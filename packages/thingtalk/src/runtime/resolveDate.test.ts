import { describe, expect, it } from 'vitest';
import type { DateValue } from '../ast/index.js';
import { resolveDate } from './resolveDate.js';

const NOW = Date.UTC(2024, 2, 13, 15, 20, 30, 500); // Wednesday 2024-03-13 08:20:30.500 in Los Angeles (PDT)
const LA = 'America/Los_Angeles';
const edge = (edgeName: 'start_of' | 'end_of', unit: string): DateValue => ({
  type: 'Date',
  value: { kind: 'edge', edge: edgeName, unit },
  operator: '+',
  offset: null,
});

describe('resolveDate', () => {
  it('resolves now with offsets', () => {
    const value: DateValue = { type: 'Date', value: { kind: 'now' }, operator: '-', offset: { type: 'CompoundMeasure', value: [{ type: 'Measure', value: 1, unit: 'h' }, { type: 'Measure', value: 30, unit: 'min' }] } };
    expect(resolveDate(value, NOW).getTime()).toBe(NOW - 5_400_000);
  });

  it('resolves absolute dates in the user time zone', () => {
    const value: DateValue = { type: 'Date', value: { kind: 'absolute', year: 2024, month: 1, day: 2, hour: 9, minute: 0, second: 0 }, operator: '+', offset: null };
    expect(resolveDate(value, NOW, LA).getTime()).toBe(Date.UTC(2024, 0, 2, 17, 0));
    expect(resolveDate({ type: 'Date', value: { kind: 'instant', iso: '2018-01-01T00:00:00.000Z' }, operator: '+', offset: null }, NOW).toISOString()).toBe('2018-01-01T00:00:00.000Z');
  });

  it('resolves start_of and end_of', () => {
    expect(resolveDate(edge('start_of', 'day'), NOW, LA).getTime()).toBe(Date.UTC(2024, 2, 13, 7, 0));
    expect(resolveDate(edge('end_of', 'day'), NOW, LA).getTime()).toBe(Date.UTC(2024, 2, 14, 7, 0) - 1);
    expect(resolveDate(edge('start_of', 'week'), NOW, LA).getTime()).toBe(Date.UTC(2024, 2, 10, 8, 0));
    expect(resolveDate(edge('start_of', 'mon'), NOW, LA).getTime()).toBe(Date.UTC(2024, 2, 1, 8, 0));
    expect(resolveDate(edge('end_of', 'year'), NOW, LA).getTime()).toBe(Date.UTC(2025, 0, 1, 8, 0) - 1);
    expect(resolveDate(edge('start_of', 'h'), NOW, LA).getTime()).toBe(Date.UTC(2024, 2, 13, 15, 0));
    expect(resolveDate(edge('end_of', 'm'), NOW, LA).getTime()).toBe(Date.UTC(2024, 2, 13, 15, 21) - 1);
  });
});
