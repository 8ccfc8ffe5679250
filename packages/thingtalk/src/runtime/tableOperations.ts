// Aggregation, sorting, indexing and slicing of query results (1-based indices, negative from the end).
import { compareValues, valueKey } from './compareValues.js';
import type { Tuple } from './executionContext.js';
import { isCurrency, type RuntimeValue } from './values.js';

function numberOf(value: RuntimeValue | undefined): number {
  if (typeof value === 'number') return value;
  if (isCurrency(value)) return value.value;
  if (value instanceof Date) return value.getTime();
  return Number.NaN;
}

/** `aggregate op field of T`: one result, typed `op(inner)`; max/min/sum/avg of nothing is no result. */
export function aggregate(tuples: readonly Tuple[], operator: string, field: string, alias: string | null): Tuple[] {
  const inner = tuples[0]?.outputType ?? null;
  const outputType = inner === null ? null : `${operator}(${inner})`;
  if (field === '*') return [{ outputType, row: { [alias ?? 'count']: tuples.length } }];
  const name = alias ?? field;
  const values = tuples.map((tuple) => tuple.row[field]).filter((value): value is RuntimeValue => value !== undefined && value !== null);
  if (operator === 'count') return [{ outputType, row: { [name]: new Set(values.map((value) => valueKey(value))).size } }];
  if (values.length === 0) return [];
  let result: RuntimeValue;
  switch (operator) {
    case 'max':
    case 'min': {
      const sorted = [...values].sort(compareValues);
      result = (operator === 'min' ? sorted[0] : sorted[sorted.length - 1]) ?? null;
      break;
    }
    case 'sum':
    case 'avg': {
      const total = values.reduce<number>((sum, value) => sum + numberOf(value), 0);
      const amount = operator === 'sum' ? total : total / values.length;
      const first = values[0];
      result = isCurrency(first) ? { value: amount, code: first.code } : amount;
      break;
    }
    default:
      throw new Error(`Unsupported aggregation ${operator}`);
  }
  return [{ outputType, row: { [name]: result } }];
}

export function sortTuples(tuples: readonly Tuple[], field: string, direction: 'asc' | 'desc'): Tuple[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...tuples].sort((a, b) => sign * compareValues(a.row[field], b.row[field]));
}

/** The element at a 1-based index (negative counts from the end), or undefined. */
function at<T>(items: readonly T[], index: number): T | undefined {
  if (!Number.isInteger(index) || index === 0) return undefined;
  return index > 0 ? items[index - 1] : items[items.length + index];
}

export function indexTuples(tuples: readonly Tuple[], indices: readonly RuntimeValue[]): Tuple[] {
  return indices.map((index) => at(tuples, numberOf(index))).filter((tuple): tuple is Tuple => tuple !== undefined);
}

/** `T[base : limit]`: `limit` results starting at `base`; a negative base counts from the end and goes backwards. */
export function sliceTuples(tuples: readonly Tuple[], baseValue: RuntimeValue, limitValue: RuntimeValue): Tuple[] {
  const base = numberOf(baseValue);
  const limit = Math.max(0, Math.floor(numberOf(limitValue)));
  if (!Number.isInteger(base) || base === 0 || Number.isNaN(limit)) return [];
  if (base > 0) return tuples.slice(base - 1, base - 1 + limit);
  const end = tuples.length + base + 1;
  return end <= 0 ? [] : tuples.slice(Math.max(0, end - limit), end);
}
