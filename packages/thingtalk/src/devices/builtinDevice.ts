// org.thingpedia.builtin.thingengine.builtin: the clock, dice, canned replies and `say`. Works offline.
import type { Row } from '../runtime/values.js';
import { defineDevice, type Device } from './device.js';
import type { DevicePlugin } from './devicePlugin.js';
import { readThingpediaFile } from './thingpediaFiles.js';
import { BUILTIN_KIND } from './builtinKinds.js';


export interface BuiltinDeviceOptions {
  /** Current time in ms since the epoch (default Date.now). */
  readonly now?: () => number;
  /** Uniform random number in [0, 1) (default Math.random). */
  readonly random?: () => number;
  /** Shows a `say` message to the user (the app decides how); the executor also reports every action it runs. */
  readonly onSay?: (message: string) => void | Promise<void>;
  /** Receives `debug_log` messages. */
  readonly onLog?: (message: string) => void | Promise<void>;
}

const CANNED_REPLIES: Readonly<Record<string, readonly string[]>> = {
  hello: ['Hi!', 'Hello!', 'Hello there!'],
  cool: ['Cool!', 'Glad you like it.'],
  sorry: ['No need to be sorry.', "Don't worry about it."],
  thank_you: ["You're welcome!", 'Happy to help!'],
  joke: [
    'Why did the robot go on vacation? It needed to recharge its batteries.',
    'There are 10 kinds of people: those who understand binary and those who do not.',
    'I would tell you a UDP joke, but you might not get it.',
    'Why do programmers prefer dark mode? Because light attracts bugs.',
  ],
};

function pick<T>(items: readonly T[], random: () => number): T {
  const index = Math.min(items.length - 1, Math.floor(random() * items.length));
  const item = items[index];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

export function createBuiltinDevice(options: BuiltinDeviceOptions = {}): Device {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  return defineDevice({
    kind: BUILTIN_KIND,
    uniqueId: 'thingengine-own-global',
    name: 'Miscellaneous Interfaces',
    description: 'Time, randomness and other non-device specific things.',
    queries: {
      get_time: async (): Promise<Row[]> => [{ time: new Date(now()) }],
      get_date: async (): Promise<Row[]> => [{ date: new Date(now()) }],
      async get_random_between(params): Promise<Row[]> {
        const low = typeof params['low'] === 'number' ? params['low'] : 1;
        const high = typeof params['high'] === 'number' ? params['high'] : Math.max(low, 6);
        const [min, max] = low <= high ? [Math.ceil(low), Math.floor(high)] : [Math.ceil(high), Math.floor(low)];
        return [{ low, high, random: min + Math.floor(random() * (max - min + 1)) }];
      },
      async canned_reply(params): Promise<Row[]> {
        const intent = String(params['intent']);
        const replies = CANNED_REPLIES[intent];
        if (replies === undefined) throw new Error(`Unknown canned reply intent ${intent}`);
        return [{ intent, text: pick(replies, random) }];
      },
    },
    actions: {
      async say(params): Promise<void> {
        await options.onSay?.(String(params['message']));
      },
      async debug_log(params): Promise<void> {
        await options.onLog?.(String(params['message']));
      },
    },
  });
}

export const builtinPlugin: DevicePlugin<BuiltinDeviceOptions> = {
  kind: BUILTIN_KIND,
  get classSource() {
    return readThingpediaFile(BUILTIN_KIND, 'manifest');
  },
  get datasetSource() {
    return readThingpediaFile(BUILTIN_KIND, 'dataset');
  },
  create: createBuiltinDevice,
};
