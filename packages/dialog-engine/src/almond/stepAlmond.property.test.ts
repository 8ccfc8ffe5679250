import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlmondMessage } from '@parley/protocol-types';
import { Schemas } from '@parley/thingtalk';
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { isPlainJson } from '../testing/isPlainJson.js';
import type { AlmondInput, AppResult } from './almondIo.js';
import type { AlmondCandidate, AlmondStepContext } from './almondStepContext.js';
import { initialAlmondState, type AlmondState } from './state.js';
import { stepAlmond } from './stepAlmond.js';

const classes = Schemas.fromText(readFileSync(join(import.meta.dirname, 'fixtures', 'classes.tt'), 'utf8'));

const programs = [
  'now => @com.twitter.post();',
  'now => @com.xkcd.get_comic(number=$?) => notify;',
  'now => @com.xkcd.get_comic() => @com.twitter.post(status=$?);',
  'monitor (@com.xkcd.get_comic()) => notify;',
  'now => @com.lg.tv.set_power();',
  'now => @com.lg.tv.set_mute();',
  'now => @com.gmail.send_email();',
  'now => @com.nest.thermostat.get_time_of_day() => notify;',
  'now => @com.nest.thermostat.set_target_temperature();',
  'now => @com.spotify.play_song();',
  'now => @com.dropbox.set_password();',
  'now => @org.weather.current() => notify;',
  'true : now => @com.twitter.post;',
  'now => @com.foo.bar();',
  'now => (',
];
const specials = ['yes', 'no', 'nevermind', 'stop', 'help', 'makerule', 'debug', 'wakeup', 'train', 'more', 'back', 'empty', 'failed', 'hello'];

const nnCode = fc.oneof(
  fc.constantFrom(...specials).map((name) => ['bookkeeping', 'special', `special:${name}`]),
  fc.integer({ min: -1, max: 4 }).map((index) => ['bookkeeping', 'choice', String(index)]),
  fc.constant(['bookkeeping', 'answer', 'QUOTED_STRING_0']),
  fc.constant(['bookkeeping', 'answer', 'NUMBER_0']),
  fc.constant(['bookkeeping', 'category', 'media']),
  fc.constant(['bookkeeping', 'commands', 'media', 'device:com.xkcd']),
  fc.array(fc.constantFrom('now', '=>', 'notify', '@com.xkcd.get_comic', 'bookkeeping', 'param:status:String', '='), { maxLength: 6 }),
);
const entities = fc.constant({ QUOTED_STRING_0: 'lol', NUMBER_0: 42 });
const candidate: fc.Arbitrary<AlmondCandidate> = fc.record({
  code: fc.oneof(nnCode, fc.constantFrom(...programs)),
  entities,
  score: fc.oneof(fc.constant('Infinity' as const), fc.double({ min: 0, max: 1, noNaN: true })),
});
const appResult: fc.Arbitrary<AppResult> = fc.oneof(
  fc.record({ outputType: fc.constant('com.xkcd:get_comic'), formatted: fc.array(fc.oneof(fc.string(), fc.constant({ type: 'picture' as const, url: 'https://x/y.png' })), { maxLength: 2 }) }),
  fc.record({ error: fc.string() }),
);

type Turn =
  | { readonly kind: 'input'; readonly input: AlmondInput }
  | { readonly kind: 'results'; readonly results: readonly AppResult[] };

const turn: fc.Arbitrary<{ turn: Turn; candidates: AlmondCandidate[] }> = fc.record({
  turn: fc.oneof(
    fc.record({ kind: fc.constant('input' as const), input: fc.string().map((text): AlmondInput => ({ type: 'command', text })) }),
    fc.record({ kind: fc.constant('input' as const), input: fc.constantFrom(...programs).map((code): AlmondInput => ({ type: 'tt', code })) }),
    fc.record({ kind: fc.constant('input' as const), input: fc.record({ code: nnCode, entities }).map(({ code, entities: values }): AlmondInput => ({ type: 'parsed', json: { code: [...code], entities: values } })) }),
    fc.record({ kind: fc.constant('input' as const), input: fc.constantFrom(...specials).map((name): AlmondInput => ({ type: 'parsed', json: { special: { id: `tt:root.special.${name}` } } })) }),
    fc.record({ kind: fc.constant('input' as const), input: fc.string().map((json): AlmondInput => ({ type: 'parsed', json })) }),
    fc.record({ kind: fc.constant('input' as const), input: fc.record({ type: fc.constant('connect' as const), showWelcome: fc.boolean(), firstVisit: fc.boolean() }) }),
    fc.record({
      kind: fc.constant('input' as const),
      input: fc.record({ type: fc.constant('notification' as const), appId: fc.constantFrom('uuid-a', 'uuid-b'), appName: fc.string(), icon: fc.constant(null), result: appResult }),
    }),
    fc.record({ kind: fc.constant('results' as const), results: fc.array(appResult, { maxLength: 8 }) }),
  ),
  candidates: fc.array(candidate, { maxLength: 3 }),
});

function runningAppId(state: AlmondState): string {
  const task = state.task;
  return task?.kind === 'program' && task.step.type === 'running' ? task.step.appId : 'uuid-none';
}

describe('stepAlmond properties', () => {
  it('never throws, never mutates its input state, keeps plain JSON state, sends valid wire messages, and ends rounds with askSpecial', () => {
    fc.assert(
      fc.property(fc.array(turn, { maxLength: 14 }), (turns) => {
        let state = initialAlmondState();
        let ids = 0;
        turns.forEach(({ turn: next, candidates }, index) => {
          const ctx: AlmondStepContext = {
            now: 1_600_000_000_000 + index * 1000,
            random: () => 0.5,
            uuid: () => `uuid-${++ids}`,
            nlu: { parse: () => candidates },
            classes,
            devices: [
              { uniqueId: 'twitter-a', kind: 'com.twitter', name: 'A' },
              { uniqueId: 'twitter-b', kind: 'com.twitter', name: 'B' },
              { uniqueId: 'tv', kind: 'com.lg.tv', name: 'TV' },
            ],
            catalog: [{ kind: 'com.xkcd', name: 'XKCD', setup: 'none', category: 'media' }],
            examples: [{ utterance: 'get a comic', code: ['now', '=>', '@com.xkcd.get_comic', '=>', 'notify'], kind: 'com.xkcd' }],
          };
          const input: AlmondInput = next.kind === 'input' ? next.input : { type: 'app-results', appId: runningAppId(state), results: next.results };
          const before = JSON.stringify(state);
          const step = stepAlmond(state, input, ctx);
          expect(JSON.stringify(state)).toBe(before);
          expect(isPlainJson(step.state)).toBe(true);
          expect(isPlainJson(step.outputs)).toBe(true);
          expect(isPlainJson(step.effects)).toBe(true);
          for (const output of step.outputs) expect(Value.Check(AlmondMessage, output)).toBe(true);
          const last = step.outputs.at(-1);
          if (runningAppId(step.state) === 'uuid-none' && last !== undefined) expect(last.type).toBe('askSpecial');
          state = JSON.parse(JSON.stringify(step.state)) as AlmondState;
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
