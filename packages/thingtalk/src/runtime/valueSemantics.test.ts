import { describe, expect, it } from 'vitest';
import { applyOperator } from './applyOperator.js';
import { compareValues, rowHash, textOf, valuesEqual } from './compareValues.js';
import { nextAtTime, nextTimerTime } from './nextFireTime.js';
import { aggregate, indexTuples, sliceTuples, sortTuples } from './tableOperations.js';
import { baseUnitOf, fromBaseUnit, toBaseUnit } from './units.js';
import { isNullValue } from './values.js';

const tuples = [1, 2, 3, 4, 5].map((n) => ({ outputType: 'a:b', row: { n, name: `item${n}` } }));
const names = (list: readonly { row: Record<string, unknown> }[]) => list.map((tuple) => tuple.row['n']);

describe('operators', () => {
  it('compares entities with strings, locations, times and currencies by value', () => {
    expect(valuesEqual({ value: 'goog', display: 'Alphabet' }, 'goog')).toBe(true);
    expect(valuesEqual({ latitude: 1, longitude: 2 }, { latitude: 1.000001, longitude: 2, display: 'x' })).toBe(true);
    expect(valuesEqual({ hour: 8, minute: 30, second: 0 }, { hour: 8, minute: 30, second: 1 })).toBe(false);
    expect(compareValues({ value: 5, code: 'usd' }, { value: 10, code: 'usd' })).toBeLessThan(0);
    expect(compareValues(new Date(2), new Date(1))).toBeGreaterThan(0);
    expect(compareValues(null, 1)).toBeLessThan(0);
    expect(compareValues('b', 'a')).toBeGreaterThan(0);
  });

  it('matches strings without regard to case', () => {
    expect(applyOperator('=~', 'Hello World', 'world')).toBe(true);
    expect(applyOperator('~=', 'lo w', 'Hello World')).toBe(true);
    expect(applyOperator('starts_with', 'Hello', 'he')).toBe(true);
    expect(applyOperator('ends_with', 'Hello', 'LO')).toBe(true);
    expect(applyOperator('prefix_of', 'he', 'Hello')).toBe(true);
    expect(applyOperator('suffix_of', 'xlo', 'Hello')).toBe(false);
  });

  it('tests membership of arrays, exactly or ignoring case', () => {
    expect(applyOperator('contains', ['a', 'B'], 'B')).toBe(true);
    expect(applyOperator('contains', ['a', 'B'], 'b')).toBe(false);
    expect(applyOperator('contains~', ['a', 'B'], 'b')).toBe(true);
    expect(applyOperator('in_array', 'x', ['x', 'y'])).toBe(true);
    expect(applyOperator('~in_array', 'X', ['x', 'y'])).toBe(true);
    expect(applyOperator('contains', null, 'x')).toBe(false);
  });

  it('orders numbers and treats missing values as failing comparisons', () => {
    expect(applyOperator('>=', 3, 3)).toBe(true);
    expect(applyOperator('<=', 4, 3)).toBe(false);
    expect(applyOperator('>', null, 3)).toBe(false);
    expect(applyOperator('<', 1, 3)).toBe(true);
    expect(applyOperator('!=', 'a', 'b')).toBe(true);
    expect(() => applyOperator('??', 1, 2)).toThrow('Unsupported operator ??');
  });

  it('hashes rows over the chosen fields, ignoring internal ones', () => {
    expect(rowHash({ a: 1, b: 2 }, ['a'])).toBe(rowHash({ a: 1, b: 3 }, ['a']));
    expect(rowHash({ a: 1, b: 2 }, null)).not.toBe(rowHash({ a: 1, b: 3 }, null));
    expect(rowHash({ a: 1, __timestamp: new Date(1) }, null)).toBe(rowHash({ a: 1 }, null));
    expect(textOf({ value: 'v', display: 'd' })).toBe('v');
    expect(isNullValue([])).toBe(true);
    expect(isNullValue(new Date(Number.NaN))).toBe(true);
    expect(isNullValue(0)).toBe(false);
  });
});

describe('table operations', () => {
  it('indexes from 1 and from the end', () => {
    expect(names(indexTuples(tuples, [1, -1, 9, 0]))).toEqual([1, 5]);
  });

  it('slices forwards from a positive base and backwards from a negative one', () => {
    expect(names(sliceTuples(tuples, 2, 2))).toEqual([2, 3]);
    expect(names(sliceTuples(tuples, -1, 2))).toEqual([4, 5]);
    expect(names(sliceTuples(tuples, -2, 10))).toEqual([1, 2, 3, 4]);
    expect(names(sliceTuples(tuples, 0, 2))).toEqual([]);
  });

  it('sorts stably in both directions and aggregates', () => {
    expect(names(sortTuples(tuples, 'n', 'desc'))).toEqual([5, 4, 3, 2, 1]);
    expect(aggregate(tuples, 'count', '*', null)).toEqual([{ outputType: 'count(a:b)', row: { count: 5 } }]);
    expect(aggregate(tuples, 'sum', 'n', 'total')).toEqual([{ outputType: 'sum(a:b)', row: { total: 15 } }]);
    expect(aggregate([], 'count', '*', null)).toEqual([{ outputType: null, row: { count: 0 } }]);
    expect(aggregate([], 'avg', 'n', null)).toEqual([]);
    expect(() => aggregate(tuples, 'median', 'n', null)).toThrow('Unsupported aggregation median');
  });
});

describe('timers', () => {
  it('fires strictly after the current time, on the grid of the base', () => {
    expect(nextTimerTime(0, 100, 1, 0)).toBe(100);
    expect(nextTimerTime(0, 100, 1, 250)).toBe(300);
    expect(nextTimerTime(500, 100, 1, 250)).toBe(500);
    expect(nextTimerTime(0, 100, 4, 0)).toBe(25);
    expect(() => nextTimerTime(0, 0, 1, 0)).toThrow('positive');
  });

  it('finds the next time of day, today or tomorrow', () => {
    const morning = new Date(2024, 0, 1, 7, 0).getTime();
    expect(nextAtTime([{ hour: 8, minute: 0, second: 0 }], morning)).toBe(new Date(2024, 0, 1, 8, 0).getTime());
    expect(nextAtTime([{ hour: 6, minute: 0, second: 0 }], morning)).toBe(new Date(2024, 0, 2, 6, 0).getTime());
    expect(nextAtTime([], morning)).toBe(Number.POSITIVE_INFINITY);
    // 9:00 in Tokyo (UTC+9) after noon UTC is midnight UTC of the next day.
    expect(nextAtTime([{ hour: 9, minute: 0, second: 0 }], Date.UTC(2024, 0, 1, 12, 0), 'Asia/Tokyo')).toBe(Date.UTC(2024, 0, 2, 0, 0));
  });
});

describe('units', () => {
  it('converts to and from base units', () => {
    expect(toBaseUnit(10, 'KB')).toBe(10_000);
    expect(toBaseUnit(212, 'F')).toBeCloseTo(100);
    expect(fromBaseUnit(0, 'K')).toBeCloseTo(273.15);
    expect(fromBaseUnit(toBaseUnit(3, 'mi'), 'km')).toBeCloseTo(4.828, 3);
    expect(baseUnitOf('h')).toBe('ms');
    expect(baseUnitOf('parsec')).toBeUndefined();
    expect(() => toBaseUnit(1, 'parsec')).toThrow('Unknown unit parsec');
  });
});
