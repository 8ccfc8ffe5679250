import { describe, expect, it } from 'vitest';
import { parseProgram } from '../parser/parse.js';
import { setup, values } from './executorFixture.js';
import type { ProgramState } from './programState.js';
import { stepProgram } from './stepProgram.js';

const T0 = Date.UTC(2024, 0, 1, 12, 0);
const MINUTE = 60_000;
const HOUR = 3_600_000;

describe('stepProgram', () => {
  it('runs a command program in one step', async () => {
    const { options } = setup();
    const step = await stepProgram(parseProgram('now => (@com.example.feed.posts())[1] => notify;'), { ...options, now: T0 });
    expect(values(step.events)).toEqual([{ title: 'Cats', score: 10, author: 'ann', price: { value: 2, code: 'usd' } }]);
    expect(step.nextWakeAt).toBeNull();
  });

  it('polls a monitor once per due step and reports changes between steps', async () => {
    const { feed, options } = setup();
    const program = parseProgram('monitor (@com.example.feed.posts()) => notify;');
    const first = await stepProgram(program, { ...options, now: T0 });
    expect(first.events).toEqual([]);
    expect(first.nextWakeAt).toBe(T0 + MINUTE);
    expect(feed.queries).toBe(1);

    const early = await stepProgram(program, { ...options, now: T0 + 30_000, state: first.state });
    expect(early.nextWakeAt).toBe(T0 + MINUTE);
    expect(feed.queries).toBe(1);

    feed.posts = [...feed.posts, { title: 'Fresh', score: 1, author: 'x', price: null }];
    const state = JSON.parse(JSON.stringify(early.state)) as ProgramState;
    const second = await stepProgram(program, { ...options, now: T0 + MINUTE, state });
    expect(values(second.events).map((v) => v['title'])).toEqual(['Fresh']);
    expect(second.nextWakeAt).toBe(T0 + 2 * MINUTE);
  });

  it('fires due timers, collapsing missed ones, and keeps the base of the first step', async () => {
    const { feed, options } = setup();
    const program = parseProgram('timer(base=new Date(), interval=1h) => @com.example.feed.post(text="tick");');
    const first = await stepProgram(program, { ...options, now: T0 });
    expect(first.nextWakeAt).toBe(T0 + HOUR);
    const second = await stepProgram(program, { ...options, now: T0 + HOUR, state: first.state });
    expect(feed.posted).toEqual(['tick']);
    expect(second.nextWakeAt).toBe(T0 + 2 * HOUR);
    const late = await stepProgram(program, { ...options, now: T0 + 5 * HOUR + 10 * MINUTE, state: second.state });
    expect(feed.posted).toEqual(['tick', 'tick']);
    expect(late.nextWakeAt).toBe(T0 + 6 * HOUR);
  });

  it('wakes for the earliest of several rules and finishes when the streams end', async () => {
    const { options } = setup({ timeZone: 'UTC' });
    const program = parseProgram(
      'monitor (@com.example.feed.user(name="ann")) => notify;\nattimer(time=new Time(13, 0), expiration_date=new Date(2024, 1, 1, 14, 0, 0)) => notify;',
    );
    const first = await stepProgram(program, { ...options, now: T0 });
    expect(first.nextWakeAt).toBe(T0 + 5 * MINUTE);
    const atOne = await stepProgram(program, { ...options, now: T0 + HOUR, state: first.state });
    expect(atOne.events.filter((event) => event.type === 'output')).toHaveLength(1);
    expect(atOne.events.filter((event) => event.type === 'done')).toEqual([{ type: 'done', statement: 1 }]);
    expect(atOne.nextWakeAt).toBe(T0 + HOUR + 5 * MINUTE);
  });
});
