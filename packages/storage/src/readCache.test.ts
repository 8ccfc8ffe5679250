import { describe, expect, it } from 'vitest';
import { createReadCache } from './readCache.js';

function counting(values: Record<string, string | undefined>) {
  const loads: string[] = [];
  return { loads, load: (key: string) => async () => { loads.push(key); return values[key]; } };
}

describe('createReadCache', () => {
  it('serves a found value until its life ends, then loads it again', async () => {
    let time = 0;
    const cache = createReadCache<string>({ ttlMs: 1000, maxEntries: 10, now: () => time });
    const source = counting({ a: 'A' });
    expect(await cache.read('a', source.load('a'))).toBe('A');
    time = 999;
    expect(await cache.read('a', source.load('a'))).toBe('A');
    expect(source.loads).toEqual(['a']);
    time = 1000;
    expect(await cache.read('a', source.load('a'))).toBe('A');
    expect(source.loads).toEqual(['a', 'a']);
  });

  it('never keeps a value not found', async () => {
    const cache = createReadCache<string>({ ttlMs: 1000, maxEntries: 10, now: () => 0 });
    const source = counting({});
    expect(await cache.read('gone', source.load('gone'))).toBeUndefined();
    expect(await cache.read('gone', source.load('gone'))).toBeUndefined();
    expect(source.loads).toEqual(['gone', 'gone']);
  });

  it('forgets everything on clear, including what a read in flight at that moment found', async () => {
    const cache = createReadCache<string>({ ttlMs: 60_000, maxEntries: 10, now: () => 0 });
    const source = counting({ a: 'A', b: 'B' });
    await cache.read('a', source.load('a'));
    let finish = (): void => undefined;
    const inFlight = cache.read('b', () => new Promise<string>((resolve) => { finish = () => resolve('B (read before the change)'); }));
    cache.clear();
    finish();
    expect(await inFlight).toBe('B (read before the change)');
    expect(await cache.read('a', source.load('a'))).toBe('A');
    expect(await cache.read('b', source.load('b'))).toBe('B');
    expect(source.loads).toEqual(['a', 'a', 'b']);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = createReadCache<string>({ ttlMs: 60_000, maxEntries: 2, now: () => 0 });
    const source = counting({ a: 'A', b: 'B', c: 'C' });
    for (const key of ['a', 'b', 'c', 'b', 'c', 'a']) await cache.read(key, source.load(key));
    expect(source.loads).toEqual(['a', 'b', 'c', 'a']);
  });

  it('shares one load among concurrent reads of a key, and a failed load is not kept', async () => {
    const cache = createReadCache<string>({ ttlMs: 60_000, maxEntries: 10, now: () => 0 });
    const source = counting({ a: 'A' });
    const reads = await Promise.all([cache.read('a', source.load('a')), cache.read('a', source.load('a'))]);
    expect(reads).toEqual(['A', 'A']);
    expect(source.loads).toEqual(['a']);
    await expect(cache.read('b', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.read('b', async () => 'B')).toBe('B');
  });
});
