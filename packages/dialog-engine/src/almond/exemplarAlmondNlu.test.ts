import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileExemplars, loadRecognizers } from '@parley/nlu';
import { Schemas } from '@parley/thingtalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlmondStepContext } from './almondStepContext.js';
import { createExemplarAlmondNlu } from './exemplarAlmondNlu.js';
import { initialAlmondState } from './state.js';
import { stepAlmond } from './stepAlmond.js';

beforeAll(loadRecognizers);

const matcher = compileExemplars([
  { id: 'xkcd', program: 'now => @com.xkcd.get_comic(number=p_number) => notify;', args: { p_number: 'Number' }, utterances: ['show me xkcd comic ${p_number}'] },
  { id: 'tweet', program: 'now => @com.twitter.post(status=p_status);', args: { p_status: 'String' }, utterances: ['tweet ${p_status}'] },
  { id: 'power', program: 'now => @com.lg.tv.set_power(power=p_power);', args: { p_power: 'Enum(on,off)' }, utterances: ['turn ${p_power} the tv'] },
  { id: 'weather', program: 'now => @org.weather.current(location=p_location) => notify;', args: { p_location: 'Location' }, utterances: ['weather in ${p_location}'] },
]);
const nlu = createExemplarAlmondNlu({ matcher, now: Date.UTC(2020, 3, 3, 12), timeZone: 'UTC' });
const none = { expect: null, choices: [] };

describe('createExemplarAlmondNlu', () => {
  it('fails an empty command and reads control phrases as bookkeeping', () => {
    expect(nlu.parse('  ', none)).toEqual([{ code: ['bookkeeping', 'special', 'special:failed'], entities: {}, score: 'Infinity' }]);
    expect(nlu.parse('Yes!', none)[0]?.code).toEqual(['bookkeeping', 'special', 'special:yes']);
    expect(nlu.parse('never mind', none)[0]?.code).toEqual(['bookkeeping', 'special', 'special:nevermind']);
    expect(nlu.parse('help', none)[0]?.code).toEqual(['bookkeeping', 'special', 'special:help']);
  });

  it('reads a lone value as an answer', () => {
    expect(nlu.parse('42', none)).toEqual([{ code: ['bookkeeping', 'answer', 'NUMBER_0'], entities: { NUMBER_0: 42 }, score: 'Infinity' }]);
    expect(nlu.parse('"hello there"', none)[0]?.entities).toEqual({ QUOTED_STRING_0: 'hello there' });
    expect(nlu.parse('bob@example.com', none)[0]?.entities).toEqual({ EMAIL_ADDRESS_0: 'bob@example.com' });
  });

  it('picks the closest choice when a choice is pending, and nothing for unrelated words', () => {
    const options = { expect: 'choice' as const, choices: ['Twitter Account foo', 'Twitter Account bar'] };
    expect(nlu.parse('twitter acount bar', options)[0]?.code).toEqual(['bookkeeping', 'choice', '1']);
    expect(nlu.parse('show me xkcd comic 3', options)[0]?.code).toBe('now => @com.xkcd.get_comic(number=3) => notify;');
  });

  it('fills exemplar programs; exact matches score "Infinity", free text less', () => {
    expect(nlu.parse('show me xkcd comic 42', none)).toEqual([{ code: 'now => @com.xkcd.get_comic(number=42) => notify;', score: 'Infinity' }]);
    const [tweet] = nlu.parse('tweet hello world', none);
    expect(tweet?.code).toBe('now => @com.twitter.post(status="hello world");');
    expect(tweet?.score).not.toBe('Infinity');
    expect(nlu.parse('turn off the tv', none)[0]?.code).toBe('now => @com.lg.tv.set_power(power=enum(off));');
    expect(nlu.parse('weather in palo alto', none)[0]?.code).toBe('now => @org.weather.current(location=new Location("palo alto")) => notify;');
    expect(nlu.parse('sing me a song', none)).toEqual([]);
  });

  it('drives the agent end to end', () => {
    const classes = Schemas.fromText(readFileSync(join(import.meta.dirname, 'fixtures', 'classes.tt'), 'utf8'));
    const ctx: AlmondStepContext = {
      now: 0, random: () => 0, uuid: () => '1', nlu, classes,
      devices: [{ uniqueId: 'tv', kind: 'com.lg.tv', name: 'TV' }], catalog: [],
    };
    const asked = stepAlmond(initialAlmondState(), { type: 'command', text: 'tweet lol' }, ctx);
    expect(asked.outputs).toEqual([
      { type: 'text', text: 'Okay, so you want me to tweet “lol”. Is that right?', icon: 'com.twitter' },
      { type: 'askSpecial', ask: 'yesno' },
    ]);
    const step = stepAlmond(initialAlmondState(), { type: 'command', text: 'turn off the tv' }, ctx);
    expect(step.outputs).toEqual([{ type: 'text', text: "Okay, I'm going to turn off your TV.", icon: 'com.lg.tv' }]);
    expect(step.effects).toMatchObject([{ kind: 'execute', code: 'now => @com.lg.tv(id="tv").set_power(power=enum(off));' }]);
  });
});
