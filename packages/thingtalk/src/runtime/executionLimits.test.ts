import { describe, expect, it } from 'vitest';
import { testClasses } from '../describe/testClasses.js';
import { defineDevice } from '../devices/device.js';
import { DeviceRegistry } from '../devices/deviceRegistry.js';
import { createTestDevice } from '../devices/testDevice.js';
import { parseProgram } from '../parser/parse.js';
import { executeProgram } from './executeProgram.js';
import type { ExecutionEvent } from './executionEvent.js';
import type { ExecutionOptions } from './executionContext.js';
import { SimulatedClock } from './simulatedClock.js';

const classes = testClasses();
const TEST = '@org.thingpedia.builtin.test';

async function run(code: string, options: Partial<ExecutionOptions> = {}): Promise<ExecutionEvent[]> {
  const events: ExecutionEvent[] = [];
  const devices = new DeviceRegistry([createTestDevice()]);
  for await (const event of executeProgram(parseProgram(code), { devices, classes, clock: new SimulatedClock(0), ...options })) events.push(event);
  return events;
}

const errors = (events: readonly ExecutionEvent[]) => events.flatMap((event) => (event.type === 'error' ? [event.message] : []));
const outputCount = (events: readonly ExecutionEvent[]) => events.filter((event) => event.type === 'output').length;

describe('execution limits', () => {
  it('refuses to generate more test data than the device allows, before building it', async () => {
    const events = await run(`now => ${TEST}.get_data(size=100000000byte) => notify;`);
    expect(errors(events)).toEqual(['get_data cannot generate more than 65536 bytes']);
    expect(outputCount(events)).toBe(0);
    expect(errors(await run(`now => ${TEST}.get_data(size=1byte, count=1000000) => notify;`))).toEqual(['get_data cannot generate more than 1000 results']);
  });

  it('stops a join whose rows multiply past rowsPerResult while it grows', async () => {
    const code = `now => (${TEST}.get_data(size=1byte, count=100) join ${TEST}.get_data(size=1byte, count=100)) join ${TEST}.get_data(size=1byte, count=10) => notify;`;
    const events = await run(code);
    expect(errors(events)).toEqual(['A join produced more than 1000 results, the most a program may handle']);
    expect(outputCount(events)).toBe(0);
    // within the limits it runs
    expect(outputCount(await run(code.replaceAll('count=100', 'count=10')))).toBe(1000);
  });

  it('refuses a query that returns more rows than rowsPerQuery, whatever the device', async () => {
    const flood = defineDevice({ kind: TEST.slice(1), name: 'Flood', description: 'ignores maxRows', queries: { get_data: async () => Array.from({ length: 20 }, () => ({ data: 'x' })) } });
    const events: ExecutionEvent[] = [];
    const options: ExecutionOptions = { devices: new DeviceRegistry([flood]), classes, limits: { rowsPerQuery: 10 } };
    for await (const event of executeProgram(parseProgram(`now => ${TEST}.get_data() => notify;`), options)) events.push(event);
    expect(errors(events)).toEqual([`The query ${TEST}.get_data produced more than 10 results, the most a program may handle`]);
  });

  it('never fires a timer more often than minTimerInterval', async () => {
    const clock = new SimulatedClock(0);
    const controller = new AbortController();
    const events: ExecutionEvent[] = [];
    const program = parseProgram('timer(base=new Date(), interval=1ms) => notify;');
    const done = (async () => {
      for await (const event of executeProgram(program, { devices: new DeviceRegistry([]), classes, clock, signal: controller.signal, limits: { minTimerInterval: 60_000 } }))
        events.push(event);
    })();
    await clock.advance(10 * 60_000);
    expect(outputCount(events)).toBe(10);
    const split = parseProgram('timer(base=new Date(), interval=1min, frequency=1000) => notify;');
    const splitEvents: ExecutionEvent[] = [];
    const splitDone = (async () => {
      for await (const event of executeProgram(split, { devices: new DeviceRegistry([]), classes, clock, signal: controller.signal, limits: { minTimerInterval: 60_000 } }))
        splitEvents.push(event);
    })();
    await clock.advance(10 * 60_000);
    expect(outputCount(splitEvents)).toBe(10);
    controller.abort();
    await Promise.all([done, splitDone]);
  });
});
