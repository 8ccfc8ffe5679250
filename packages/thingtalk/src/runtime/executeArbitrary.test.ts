// Property: whatever the program, the executor reports problems as events and stops cleanly when aborted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineDevice } from '../devices/device.js';
import { DeviceRegistry } from '../devices/deviceRegistry.js';
import { Schemas } from '../schema/schemas.js';
import { arbProgram } from '../testing/arbitraryPrograms.js';
import type { ExecutionEvent } from './executionEvent.js';
import { executeProgram } from './executeProgram.js';
import { SimulatedClock } from './simulatedClock.js';
import { stepProgram } from './stepProgram.js';

const classes = Schemas.fromText('class @com.xkcd { monitorable list query get_comic(out title: String, out number: Number) #[poll_interval=1h]; action post(in req a: String); }');

function devices(): DeviceRegistry {
  let poll = 0;
  return new DeviceRegistry([
    defineDevice({
      kind: 'com.xkcd',
      name: 'fake',
      description: 'rows that change at every poll',
      queries: { get_comic: async () => [{ title: `comic ${poll}`, number: poll++ }, { title: 'fixed', number: 0 }] },
      actions: { post: async () => undefined },
    }),
  ]);
}

describe('executeProgram (arbitrary programs)', () => {
  it('never throws out of the event stream and ends after an abort', async () => {
    await fc.assert(
      fc.asyncProperty(arbProgram, async (program) => {
        const clock = new SimulatedClock(Date.UTC(2024, 0, 1));
        const controller = new AbortController();
        const events: ExecutionEvent[] = [];
        const done = (async () => {
          for await (const event of executeProgram(program, { devices: devices(), classes, clock, signal: controller.signal, timeZone: 'UTC' }))
            events.push(event);
        })();
        await clock.advance(3 * 3_600_000);
        controller.abort();
        if (program.principal !== null) {
          await expect(done).rejects.toThrow('cannot run here');
          return;
        }
        await done;
        expect(clock.pending).toBe(0);
        for (const event of events) if (event.type === 'error') expect(event.message.length).toBeGreaterThan(0);
        expect(JSON.parse(JSON.stringify(events.filter((event) => event.type === 'state').at(-1) ?? null))).toEqual(
          events.filter((event) => event.type === 'state').at(-1) ?? null,
        );
      }),
      { numRuns: 150, seed: 20261121 },
    );
  }, 60_000);

  it('steps every program to an end or a later wake-up, twice in a row', async () => {
    await fc.assert(
      fc.asyncProperty(arbProgram, async (program) => {
        const now = Date.UTC(2024, 0, 1);
        if (program.principal !== null) {
          await expect(stepProgram(program, { devices: devices(), classes, now })).rejects.toThrow('cannot run here');
          return;
        }
        const first = await stepProgram(program, { devices: devices(), classes, now, timeZone: 'UTC' });
        if (first.nextWakeAt === null) return;
        expect(first.nextWakeAt).toBeGreaterThan(now);
        const state = JSON.parse(JSON.stringify(first.state)) as typeof first.state;
        const second = await stepProgram(program, { devices: devices(), classes, now: first.nextWakeAt, state, timeZone: 'UTC' });
        if (second.nextWakeAt !== null) expect(second.nextWakeAt).toBeGreaterThan(first.nextWakeAt);
      }),
      { numRuns: 150, seed: 20261121 },
    );
  }, 60_000);
});
