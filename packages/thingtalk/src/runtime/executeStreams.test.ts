import { describe, expect, it } from 'vitest';
import { defineDevice } from '../devices/device.js';
import { DeviceRegistry } from '../devices/deviceRegistry.js';
import { parseProgram } from '../parser/parse.js';
import type { ExecutionEvent } from './executionEvent.js';
import { executeProgram, isLongRunning } from './executeProgram.js';
import type { ExecutionOptions } from './executionContext.js';
import { CLASSES, setup, outputs, values, type Feed } from './executorFixture.js';
import { SimulatedClock } from './simulatedClock.js';

describe('executeProgram: streams', () => {
  const START = new Date(2024, 0, 1, 7, 0, 0);

  function start(code: string, extra: Partial<ExecutionOptions> = {}, prepare: (feed: Feed) => void = () => {}) {
    const clock = new SimulatedClock(START);
    const controller = new AbortController();
    const { feed, options } = setup({ clock, signal: controller.signal, ...extra });
    prepare(feed);
    const events: ExecutionEvent[] = [];
    const done = (async () => {
      for await (const event of executeProgram(parseProgram(code), options)) events.push(event);
    })();
    return { clock, feed, events, done, stop: () => controller.abort() };
  }

  it('polls a monitor at #[poll_interval] and fires only on change', async () => {
    const { clock, feed, events, done, stop } = start('monitor (@com.example.feed.posts()) => notify;');
    await clock.advance(0);
    expect(feed.queries).toBe(1);
    expect(values(events)).toEqual([]);
    await clock.advance(60_000);
    expect(feed.queries).toBe(2);
    expect(values(events)).toEqual([]);
    feed.posts = [...feed.posts, { title: 'Fish', score: 1, author: 'cy', price: null }];
    await clock.advance(60_000);
    expect(values(events).map((v) => v['title'])).toEqual(['Fish']);
    await clock.advance(120_000);
    expect(values(events)).toHaveLength(1);
    expect(feed.queries).toBe(5);
    stop();
    await done;
  });

  it('watches only the `on new` fields', async () => {
    const { clock, feed, events, done, stop } = start('monitor (@com.example.feed.posts()) on new [title] => notify;');
    await clock.advance(0);
    feed.posts = feed.posts.map((post) => ({ ...post, score: Number(post['score']) + 1 }));
    await clock.advance(60_000);
    expect(values(events)).toEqual([]);
    feed.posts = [{ ...feed.posts[0], title: 'Kittens' }];
    await clock.advance(60_000);
    expect(values(events).map((v) => v['title'])).toEqual(['Kittens']);
    stop();
    await done;
  });

  it('saves the monitor state and resumes from it', async () => {
    const first = start('monitor (@com.example.feed.posts()) => @com.example.feed.post(text=title);');
    await first.clock.advance(0);
    first.stop();
    await first.done;
    const states = first.events.filter((e) => e.type === 'state');
    const saved = states.at(-1);
    if (saved?.type !== 'state') throw new Error('no state');
    const json = JSON.parse(JSON.stringify(saved.state));

    const second = start('monitor (@com.example.feed.posts()) => @com.example.feed.post(text=title);', { state: json }, (feed) => {
      feed.posts = [...feed.posts, { title: 'New while away', score: 0, author: 'x', price: null }];
    });
    // It resumes the rhythm of the first run: the next poll is one interval after the last one.
    await second.clock.advance(0);
    expect(second.feed.queries).toBe(0);
    await second.clock.advance(60_000);
    expect(second.feed.posted).toEqual(['New while away']);
    second.stop();
    await second.done;
  });

  it('fires a timer at every interval of the simulated clock', async () => {
    const { clock, events, done, stop } = start('timer(base=new Date(), interval=1h) => @com.example.feed.post(text="tick");');
    await clock.advance(59 * 60_000);
    expect(events.filter((e) => e.type === 'action')).toHaveLength(0);
    await clock.advance(60_000);
    expect(events.filter((e) => e.type === 'action')).toHaveLength(1);
    await clock.advance(3 * 3_600_000);
    expect(events.filter((e) => e.type === 'action')).toHaveLength(4);
    stop();
    await done;
    expect(events.filter((e) => e.type === 'done')).toEqual([]);
  });

  it('splits the interval by the frequency', async () => {
    const { clock, events, done, stop } = start('timer(base=new Date(), interval=1h, frequency=4) => notify;');
    await clock.advance(3_600_000);
    expect(outputs(events).map((o) => o.type)).toEqual([null, null, null, null]);
    stop();
    await done;
  });

  it('fires attimer every day at the given times until the expiration date', async () => {
    const code = 'attimer(time=[new Time(8, 30), new Time(18, 0)], expiration_date=new Date(2024, 1, 2, 12, 0, 0)) => notify;';
    const { clock, events, done } = start(code);
    await clock.advance(2 * 86_400_000);
    const times = outputs(events).map((o) => (o.value['__timestamp'] as Date).getTime());
    expect(times).toEqual([
      new Date(2024, 0, 1, 8, 30).getTime(),
      new Date(2024, 0, 1, 18, 0).getTime(),
      new Date(2024, 0, 2, 8, 30).getTime(),
    ]);
    await done;
    expect(events.at(-1)).toEqual({ type: 'done', statement: 0 });
  });

  it('fires attimer in the user time zone', async () => {
    const clock = new SimulatedClock(Date.UTC(2024, 0, 1, 12, 0));
    const controller = new AbortController();
    const { options } = setup({ clock, signal: controller.signal, timeZone: 'America/New_York' });
    const events: ExecutionEvent[] = [];
    const done = (async () => {
      for await (const event of executeProgram(parseProgram('attimer(time=new Time(8, 0)) => notify;'), options)) events.push(event);
    })();
    await clock.advance(86_400_000);
    expect(outputs(events).map((o) => (o.value['__timestamp'] as Date).toISOString())).toEqual(['2024-01-01T13:00:00.000Z']);
    controller.abort();
    await done;
  });

  it('resolves $context times and reports missing ones', async () => {
    const withMorning = start('attimer(time=$context.time.morning) => notify;', { context: { times: { morning: { hour: 9, minute: 0, second: 0 } } } });
    await withMorning.clock.advance(3 * 3_600_000);
    expect(outputs(withMorning.events)).toHaveLength(1);
    withMorning.stop();
    await withMorning.done;
    const without = start('attimer(time=$context.time.evening) => notify;');
    await without.done;
    expect(without.events[0]).toMatchObject({ type: 'error', message: 'missing time evening' });
  });

  it('joins stream events with queries and fires edges only when they become true', async () => {
    const code = 'edge (monitor (@com.example.feed.posts()) join @com.example.feed.user() on (name=author)) on karma >= 5 => notify;';
    const { clock, feed, events, done, stop } = start(code);
    await clock.advance(0);
    feed.posts = [{ title: 'A', score: 1, author: 'bob', price: null }];
    await clock.advance(60_000);
    expect(values(events)).toEqual([]);
    feed.posts = [{ title: 'B', score: 1, author: 'ann', price: null }];
    await clock.advance(60_000);
    feed.posts = [{ title: 'C', score: 1, author: 'ann', price: null }];
    await clock.advance(60_000);
    expect(values(events).map((v) => v['title'])).toEqual(['B']);
    stop();
    await done;
  });

  it('filters, projects and computes stream events, fires `edge on new` once per new event, runs declared streams', async () => {
    const code = [
      'let stream best(p_min : Number) := (monitor (@com.example.feed.posts())), score >= p_min;',
      '[title, double] of (compute score * 2 as double of (best(p_min=10))) => notify;',
      'edge ((timer(base=new Date(), interval=1min)) join @com.example.feed.user(name="ann")) on new => notify;',
    ].join('\n');
    const { clock, feed, events, done, stop } = start(code);
    await clock.advance(0);
    feed.posts = [...feed.posts, { title: 'Big', score: 50, author: 'x', price: null }, { title: 'Small', score: 1, author: 'x', price: null }];
    feed.karma['ann'] = 8;
    await clock.advance(60_000);
    await clock.advance(60_000);
    expect(outputs(events.filter((e) => e.type !== 'output' || e.statement === 0))).toEqual([
      { type: 'com.example.feed:posts', value: { title: 'Big', double: 100 } },
    ]);
    // The timer fires twice but the joined user result is the same the second time.
    const edgeOutputs = events.filter((e) => e.type === 'output' && e.statement === 1);
    expect(edgeOutputs).toHaveLength(1);
    stop();
    await done;
  });

  it('stops when the consumer stops iterating', async () => {
    const clock = new SimulatedClock(START);
    const { feed, options } = setup({ clock });
    const program = parseProgram('timer(base=new Date(), interval=1min) => @com.example.feed.post(text="tick");');
    const iteration = (async () => {
      for await (const event of executeProgram(program, options)) if (event.type === 'action') break;
    })();
    await clock.advance(60_000);
    await iteration;
    await clock.advance(10 * 60_000);
    expect(feed.posted).toEqual(['tick']);
    expect(clock.pending).toBe(0);
  });

  it('stops when the signal aborts, also in the middle of a device call', async () => {
    const clock = new SimulatedClock(START);
    const controller = new AbortController();
    let seenSignal: AbortSignal | undefined;
    const slow = defineDevice({
      kind: 'com.example.feed',
      name: 'Slow',
      description: 'never answers',
      queries: {
        posts: (_params, ctx) =>
          new Promise((_resolve, reject) => {
            seenSignal = ctx.signal;
            ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason));
          }),
      },
    });
    const options = { devices: new DeviceRegistry([slow]), classes: CLASSES, clock, signal: controller.signal };
    const program = parseProgram('monitor (@com.example.feed.posts()) => notify;');
    expect(isLongRunning(program)).toBe(true);
    const events: ExecutionEvent[] = [];
    const done = (async () => {
      for await (const event of executeProgram(program, options)) events.push(event);
    })();
    await clock.advance(0);
    controller.abort(new Error('stopped'));
    await done;
    expect(seenSignal?.aborted).toBe(true);
    expect(events).toEqual([]);
  });
});
