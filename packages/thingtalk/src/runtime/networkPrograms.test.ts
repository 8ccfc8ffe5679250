// Programs on the network devices, against local fixture servers: the seed's /apps/create example and an xkcd monitor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeProgram } from '../describe/describe.js';
import { pluginSchemas } from '../devices/builtinPlugins.js';
import { createCatApiDevice } from '../devices/catApiDevice.js';
import { DeviceRegistry } from '../devices/deviceRegistry.js';
import { startFixtureServer, type FixtureResponse, type FixtureServer } from '../devices/fixtureServer.js';
import { createXkcdDevice } from '../devices/xkcdDevice.js';
import { formatResult } from '../format/formatResult.js';
import { parseProgram } from '../parser/parse.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import type { ExecutionEvent } from './executionEvent.js';
import { executeProgram } from './executeProgram.js';
import { SimulatedClock } from './simulatedClock.js';

const schemas = pluginSchemas();
const routes: Record<string, FixtureResponse> = {
  '/v1/images/search?limit=1&mime_types=jpg,png': { body: JSON.stringify([{ id: 'MTk2', url: 'https://cdn.example/MTk2.jpg' }]) },
  '/info.0.json': { body: JSON.stringify({ num: 100, title: 'Family Circus', img: 'https://imgs.example/100.png', alt: 'alt 100' }) },
};
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(routes);
});
afterAll(() => server.close());

describe('programs on the network devices', () => {
  it('runs the seed /apps/create example: description, raw results and formatted messages', async () => {
    const program = typeCheck(parseProgram('now => @com.thecatapi(id="com.thecatapi").get() => notify;'), schemas, { requireComplete: true });
    expect(describeProgram(program, schemas)).toBe('get a cat picture and then notify you');
    const devices = new DeviceRegistry([createCatApiDevice({ baseUrl: server.url })]);
    const results = [];
    for await (const event of executeProgram(program, { devices, classes: schemas })) {
      if (event.type === 'output') results.push({ type: event.outputType, raw: event.value, formatted: formatResult(schemas, event.outputType, event.value) });
    }
    expect(results).toEqual([
      {
        type: 'com.thecatapi:get',
        raw: { count: 1, image_id: 'MTk2', picture_url: 'https://cdn.example/MTk2.jpg', link: 'https://cdn.example/MTk2.jpg' },
        formatted: [
          { type: 'rdl', callback: 'https://cdn.example/MTk2.jpg', webCallback: 'https://cdn.example/MTk2.jpg', displayTitle: 'https://cdn.example/MTk2.jpg' },
          { type: 'picture', url: 'https://cdn.example/MTk2.jpg' },
        ],
      },
    ]);
  });

  it('monitors xkcd over HTTP and notifies only when a new comic is out', async () => {
    const clock = new SimulatedClock(Date.UTC(2024, 0, 1));
    const controller = new AbortController();
    const program = parseProgram('monitor (@com.xkcd(id="com.xkcd").get_comic()) => notify;');
    expect(describeProgram(program, schemas)).toBe('notify you when an Xkcd comic changes');
    const devices = new DeviceRegistry([createXkcdDevice({ baseUrl: server.url })]);
    const events: ExecutionEvent[] = [];
    const done = (async () => {
      for await (const event of executeProgram(program, { devices, classes: schemas, clock, signal: controller.signal })) events.push(event);
    })();
    // Each poll ends with a state event; HTTP answers arrive in real time, so wait for them.
    const waitForPolls = async (count: number): Promise<void> => {
      while (events.filter((event) => event.type === 'state').length < count) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await waitForPolls(1);
    await clock.advance(86_400_000);
    await waitForPolls(2);
    expect(events.filter((event) => event.type === 'output')).toEqual([]);
    routes['/info.0.json'] = { body: JSON.stringify({ num: 101, title: 'Business Idea', img: 'https://imgs.example/101.png', alt: 'alt 101' }) };
    await clock.advance(86_400_000);
    await waitForPolls(3);
    const outputs = events.flatMap((event) => (event.type === 'output' ? [event.value['title']] : []));
    expect(outputs).toEqual(['Business Idea']);
    controller.abort();
    await done;
  });
});
