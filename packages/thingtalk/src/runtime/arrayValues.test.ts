import { describe as suite, expect, it } from 'vitest';
import { defineDevice } from '../devices/device.js';
import { DeviceRegistry } from '../devices/deviceRegistry.js';
import { Schemas } from '../schema/schemas.js';
import type { ExecutionOptions } from './executionContext.js';
import { run, values } from './executorFixture.js';

// Array filters, fields of arrays of records and `$context.name : Type` values when programs run.
const CLASSES = Schemas.fromText(`class @com.foo {
  list query posts(out text: String, out hashtags: Array(Entity(tt:hashtag)), out reviews: Array({ author: String, rating: Number, detail: { stars: Number } }));
  action send(in req message: String);
}`);

function setup(context?: ExecutionOptions['context']): { options: ExecutionOptions; sent: string[] } {
  const sent: string[] = [];
  const device = defineDevice({
    kind: 'com.foo',
    name: 'Foo',
    description: 'A test device',
    queries: {
      posts: async () => [
        { text: 'a', hashtags: ['foo', 'bar'], reviews: [{ author: 'bob', rating: 5, detail: { stars: 4 } }, { author: 'ann', rating: 2, detail: { stars: 1 } }] },
        { text: 'b', hashtags: [{ value: 'baz', display: null }], reviews: [{ author: 'ann', rating: 4, detail: { stars: 5 } }] },
        { text: 'c', hashtags: [], reviews: [] },
      ],
    },
    actions: { send: async (params) => void sent.push(String(params['message'])) },
  });
  return { options: { devices: new DeviceRegistry([device]), classes: CLASSES, ...(context === undefined ? {} : { context }) }, sent };
}

const texts = (rows: unknown[]): unknown[] => rows.map((row) => (row as { text: string }).text);

suite('array values at run time', () => {
  it('count the elements an array filter keeps (plain elements are `value`, entities match by value)', async () => {
    const { options } = setup();
    const events = await run('now => (@com.foo.posts()), count((hashtags) filter { value == "foo"^^tt:hashtag || value == "baz"^^tt:hashtag }) >= 1 => notify;', options);
    expect(texts(values(events))).toEqual(['a', 'b']);
  });

  it('filter records by their fields, nested ones as a.b, and aggregate a field of the records kept', async () => {
    const { options } = setup();
    expect(texts(values(await run('now => (@com.foo.posts()), count((reviews) filter { rating >= 4 && author == "bob" }) >= 1 => notify;', options)))).toEqual(['a']);
    expect(texts(values(await run('now => (@com.foo.posts()), sum(rating of ((reviews) filter { detail.stars >= 4 })) >= 5 => notify;', options)))).toEqual(['a']);
    expect(texts(values(await run('now => (@com.foo.posts()), count((author of (reviews)) filter { value == "ann" }) >= 1 => notify;', options)))).toEqual(['a', 'b']);
  });

  it('take $context values from the context option, and report a missing one', async () => {
    const { options, sent } = setup({ values: { selection: 'hello' } });
    await run('now => @com.foo.send(message=$context.selection : String);', options);
    expect(sent).toEqual(['hello']);
    const events = await run('now => @com.foo.send(message=$context.selection : String);', setup().options);
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', message: 'missing context value selection' }));
  });
});
