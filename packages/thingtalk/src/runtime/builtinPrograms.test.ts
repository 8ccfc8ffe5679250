import { describe, expect, it } from 'vitest';
import { testClasses } from '../describe/testClasses.js';
import { createBuiltinDevice } from '../devices/builtinDevice.js';
import { DeviceRegistry } from '../devices/deviceRegistry.js';
import { createTestDevice } from '../devices/testDevice.js';
import { formatResult } from '../format/formatResult.js';
import { parseProgram } from '../parser/parse.js';
import type { ExecutionEvent } from './executionEvent.js';
import { executeProgram } from './executeProgram.js';
import { SimulatedClock } from './simulatedClock.js';

const classes = testClasses();

async function run(code: string, devices: DeviceRegistry, clock = new SimulatedClock(0)): Promise<ExecutionEvent[]> {
  const events: ExecutionEvent[] = [];
  for await (const event of executeProgram(parseProgram(code), { devices, classes, clock })) events.push(event);
  return events;
}

describe('programs on the built-in devices', () => {
  it('runs the reference /apps/create test program', async () => {
    const devices = new DeviceRegistry([createTestDevice()]);
    const events = await run('now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").get_data(count=2, size=10byte) => notify;', devices);
    const results = events.flatMap((event) => (event.type === 'output' ? [event] : []));
    expect(results.map((result) => [result.outputType, result.value])).toEqual([
      ['org.thingpedia.builtin.test:get_data', { count: 2, size: 10, data: '!"#$%&\'()*' }],
      ['org.thingpedia.builtin.test:get_data', { count: 2, size: 10, data: '"#$%&\'()*+' }],
    ]);
    expect(formatResult(classes, results[0]?.outputType ?? null, results[0]?.value ?? {})).toEqual(['!"#$%&\'()*']);
  });

  it('passes query results to the test sink and says the time', async () => {
    const sink = createTestDevice();
    const said: string[] = [];
    const devices = new DeviceRegistry([sink, createBuiltinDevice({ now: () => Date.UTC(2024, 0, 1), onSay: (m) => void said.push(m) })]);
    await run('now => @org.thingpedia.builtin.test.dup_data(data_in="ab") => @org.thingpedia.builtin.test.eat_data(data=data_out);', devices);
    expect(sink.eaten).toEqual(['abab']);
    await run('now => @org.thingpedia.builtin.thingengine.builtin.get_time() => @org.thingpedia.builtin.thingengine.builtin.say(message=$event);', devices);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Current time is \d{1,2}:00:00 [AP]M/);
  });
});
