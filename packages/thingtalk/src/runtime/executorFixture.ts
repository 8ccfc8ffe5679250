// Test support for the executor tests: a feed device with mutable data, its class, and helpers to run programs.
import { Schemas } from '../schema/schemas.js';
import { defineDevice } from '../devices/device.js';
import { DeviceRegistry } from '../devices/deviceRegistry.js';
import { parseProgram } from '../parser/parse.js';
import type { ExecutionEvent } from './executionEvent.js';
import { executeProgram } from './executeProgram.js';
import type { ExecutionOptions } from './executionContext.js';
import type { Row } from './values.js';

export const CLASSES = Schemas.fromText(`
class @com.example.feed {
  monitorable list query posts(out title: String, out score: Number, out author: String, out price: Currency)
  #_[confirmation="the posts"]
  #_[formatted=[{type="text",text="\${title} by \${author}"}]]
  #[poll_interval=1min];
  monitorable query user(in req name: String, out karma: Number)
  #_[confirmation="the user $name"]
  #[poll_interval=5min];
  action post(in req text: String) #_[confirmation="post $text"];
  action fail(in req text: String) #_[confirmation="fail $text"];
}`);

export interface Feed {
  posts: Row[];
  readonly karma: Record<string, number>;
  readonly posted: string[];
  queries: number;
}

export function setup(extra: Partial<ExecutionOptions> = {}): { feed: Feed; options: ExecutionOptions } {
  const feed: Feed = {
    posts: [
      { title: 'Cats', score: 10, author: 'ann', price: { value: 2, code: 'usd' } },
      { title: 'Dogs', score: 30, author: 'bob', price: { value: 5, code: 'usd' } },
      { title: 'Birds', score: 20, author: 'ann', price: { value: 1, code: 'usd' } },
    ],
    karma: { ann: 7, bob: 3 },
    posted: [],
    queries: 0,
  };
  const device = defineDevice({
    kind: 'com.example.feed',
    name: 'Feed',
    description: 'A test feed',
    queries: {
      posts: async () => {
        feed.queries++;
        return feed.posts;
      },
      user: async (params) => {
        const name = String(params['name']);
        if (!(name in feed.karma)) throw new Error(`no user ${name}`);
        return [{ karma: feed.karma[name] ?? 0 }];
      },
    },
    actions: {
      post: async (params) => void feed.posted.push(String(params['text'])),
      fail: async () => {
        throw new Error('cannot post');
      },
    },
  });
  return { feed, options: { devices: new DeviceRegistry([device]), classes: CLASSES, ...extra } };
}

export async function run(code: string, options: ExecutionOptions): Promise<ExecutionEvent[]> {
  const events: ExecutionEvent[] = [];
  for await (const event of executeProgram(parseProgram(code), options)) events.push(event);
  return events;
}

export const outputs = (events: readonly ExecutionEvent[]) =>
  events.flatMap((event) => (event.type === 'output' ? [{ type: event.outputType, value: event.value }] : []));
export const values = (events: readonly ExecutionEvent[]) => outputs(events).map((output) => output.value);

