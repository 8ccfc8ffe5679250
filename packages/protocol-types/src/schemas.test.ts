import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { malformedExamples, referenceExamples, seedExamples, type Example } from './fixtures/index.js';
import { schemas, type SchemaName } from './schemas.js';

const validators = new Map(Object.entries(schemas).map(([name, schema]) => [name, Compile(schema)]));

function errorsOf(example: Example): string[] {
  return [...Value.Errors(schemas[example.schema], example.value)].map((e) => `${e.instancePath} ${e.message}`);
}

function accepts(example: Example): boolean {
  return validators.get(example.schema)?.Check(example.value) ?? false;
}

describe('seed examples', () => {
  it.each(seedExamples.map((e) => [e.source, e] as const))('%s', (_source, example) => {
    expect(errorsOf(example)).toEqual([]);
    expect(accepts(example)).toBe(true);
  });
});

describe('reference examples', () => {
  it.each(referenceExamples.map((e) => [e.source, e] as const))('%s', (_source, example) => {
    expect(errorsOf(example)).toEqual([]);
    expect(accepts(example)).toBe(true);
  });
});

describe('malformed variants are rejected', () => {
  it.each(malformedExamples.map((e) => [`${e.schema}: ${e.source}`, e] as const))('%s', (_name, example) => {
    expect(accepts(example)).toBe(false);
    expect(Value.Check(schemas[example.schema], example.value)).toBe(false);
  });
});

describe('coverage', () => {
  const names = Object.keys(schemas) as SchemaName[];
  it('every schema accepts at least one example', () => {
    const covered = new Set([...seedExamples, ...referenceExamples].map((e) => e.schema));
    expect(names.filter((name) => !covered.has(name))).toEqual([]);
  });
  it('every schema rejects at least one malformed variant', () => {
    const covered = new Set(malformedExamples.map((e) => e.schema));
    expect(names.filter((name) => !covered.has(name))).toEqual([]);
  });
});
