import { describe, expect, it } from 'vitest';
import { createBuiltinDevice } from './builtinDevice.js';
import { createTestDevice, fakeData } from './testDevice.js';

const ctx = { signal: new AbortController().signal };
const NOW = Date.UTC(2024, 4, 24, 18, 4, 0);

describe('org.thingpedia.builtin.thingengine.builtin', () => {
  const said: string[] = [];
  const device = createBuiltinDevice({ now: () => NOW, random: () => 0.5, onSay: (message) => void said.push(message) });

  it('tells the injected time and date', async () => {
    expect(await device.query('get_time', {}, ctx)).toEqual([{ time: new Date(NOW) }]);
    expect(await device.query('get_date', {}, ctx)).toEqual([{ date: new Date(NOW) }]);
  });

  it('draws random integers within the bounds, 1 to 6 by default', async () => {
    expect(await device.query('get_random_between', { low: 10, high: 20 }, ctx)).toEqual([{ low: 10, high: 20, random: 15 }]);
    expect(await device.query('get_random_between', {}, ctx)).toEqual([{ low: 1, high: 6, random: 4 }]);
    const low = createBuiltinDevice({ random: () => 0 });
    const high = createBuiltinDevice({ random: () => 0.999999 });
    expect((await low.query('get_random_between', { low: 3, high: 5 }, ctx))[0]?.['random']).toBe(3);
    expect((await high.query('get_random_between', { low: 3, high: 5 }, ctx))[0]?.['random']).toBe(5);
  });

  it('gives canned replies and jokes', async () => {
    const [hello] = await device.query('canned_reply', { intent: 'hello' }, ctx);
    expect(hello).toEqual({ intent: 'hello', text: 'Hello!' });
    const [joke] = await device.query('canned_reply', { intent: 'joke' }, ctx);
    expect(joke?.['text']).toMatch(/\?|\./);
    await expect(device.query('canned_reply', { intent: 'nope' }, ctx)).rejects.toThrow('Unknown canned reply intent nope');
  });

  it('says messages through the injected callback', async () => {
    await device.action('say', { message: 'hi there' }, ctx);
    expect(said).toEqual(['hi there']);
    await expect(device.action('fly', {}, ctx)).rejects.toThrow(`Device org.thingpedia.builtin.thingengine.builtin has no action fly`);
  });
});

describe('org.thingpedia.builtin.test', () => {
  it('generates `count` results of `size` characters', async () => {
    const device = createTestDevice();
    const rows = await device.query('get_data', { size: 10, count: 2 }, ctx);
    expect(rows).toEqual([
      { size: 10, count: 2, data: '!"#$%&\'()*' },
      { size: 10, count: 2, data: '"#$%&\'()*+' },
    ]);
    expect(await device.query('get_data', { size: 3 }, ctx)).toEqual([{ size: 3, count: 1, data: fakeData(3, 0) }]);
  });

  it('duplicates and eats data', async () => {
    const device = createTestDevice({ uniqueId: 'test-1' });
    expect(await device.query('dup_data', { data_in: 'ab' }, ctx)).toEqual([{ data_in: 'ab', data_out: 'abab' }]);
    await device.action('eat_data', { data: 'yum' }, ctx);
    expect(device.eaten).toEqual(['yum']);
    expect(device.uniqueId).toBe('test-1');
  });
});
