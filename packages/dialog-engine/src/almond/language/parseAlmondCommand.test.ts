import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseLibrary, print, Schemas, typeCheck, type Program } from '@parley/thingtalk';
import { BUILTIN_PLUGINS } from '@parley/thingtalk/devices';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from './buildLexicon.js';
import { parseAlmondCommand } from './parseAlmondCommand.js';

const schemas = Schemas.fromText(...BUILTIN_PLUGINS.map((plugin) => plugin.classSource));
const shipped = BUILTIN_PLUGINS.map((plugin) => ({
  classDef: schemas.getClass(plugin.kind) ?? (() => { throw new Error(plugin.kind); })(),
  examples: parseLibrary(plugin.datasetSource).datasets.flatMap((dataset) => dataset.examples),
}));
const lexicon = buildLexicon(shipped);

const canonical = (code: string): string => print(typeCheck(parse(code) as Program, schemas));
const top = (text: string): string | undefined => {
  const [first] = parseAlmondCommand(lexicon, text);
  return first === undefined ? undefined : canonical(first.code);
};
const B = '@org.thingpedia.builtin.thingengine.builtin';

describe('parseAlmondCommand over the shipped devices', () => {
  it('reads the commands of issue #15', () => {
    expect(top('get an xkcd comic')).toBe('now => @com.xkcd.get_comic() => notify;');
    expect(top('what is the date today')).toBe(`now => ${B}.get_date() => notify;`);
    expect(top('pick a random number between 1 and 10')).toBe(`now => ${B}.get_random_between(low=1, high=10) => notify;`);
    expect(top('show me xkcd comic 42')).toBe('now => @com.xkcd.get_comic(number=42) => notify;');
    expect(top('notify me when a new xkcd comic is published')).toBe('monitor (@com.xkcd.get_comic()) => notify;');
    expect(top('every day at 9am say good morning')).toBe(`attimer(time=new Time(9, 0)) => ${B}.say(message="good morning");`);
    expect(top('every hour tell me the time')).toBe(`(timer(base=new Date(), interval=1h) => ${B}.get_time()) => notify;`);
    expect(top('say good morning')).toBe(`now => ${B}.say(message="good morning");`);
  });

  it('composes rules, chains with parameter passing and filters', () => {
    expect(top('when a new xkcd is out, say hello')).toBe(`monitor (@com.xkcd.get_comic()) => ${B}.say(message="hello");`);
    expect(top('get a random xkcd comic and then log its title')).toBe(`now => @com.xkcd.random_comic() => ${B}.debug_log(message=title);`);
    expect(top('xkcd comics whose title contains dog')).toBe('now => (@com.xkcd.get_comic()), title =~ "dog" => notify;');
    expect(top('random xkcd comics with number greater than 100')).toBe('now => (@com.xkcd.random_comic()), number >= 100 => notify;');
    expect(top('every 5 minutes show me a cat')).toBe('(timer(base=new Date(), interval=5min) => @com.thecatapi.get()) => notify;');
  });

  it('reads values anywhere: quoted strings keep their case, measures, enum values by their words', () => {
    expect(top('say "Hello World"')).toBe(`now => ${B}.say(message="Hello World");`);
    expect(top('give me 3 results of 5 KB of fake data')).toBe('now => @org.thingpedia.builtin.test.get_data(size=5KB, count=3) => notify;');
    expect(top('give me a canned reply for thank you')).toBe(`now => ${B}.canned_reply(intent=enum(thank_you)) => notify;`);
    expect(top('could you consume "cookies" for me 3 times')).toBe('now => @org.thingpedia.builtin.test.eat_data(data="cookies");');
  });

  it('scores a clear reading high and ranks, and reads nothing in gibberish', () => {
    const [first, second] = parseAlmondCommand(lexicon, 'xkcd what if');
    expect(first?.score).toBeLessThan(0.5);
    expect(second).toBeDefined();
    expect(parseAlmondCommand(lexicon, 'what time is it')[0]?.score).toBeGreaterThan(0.9);
    expect(parseAlmondCommand(lexicon, 'florp the wibble')).toEqual([]);
  });

  it('gets at least 95 % of the development set right', () => {
    const rows = readFileSync(join(import.meta.dirname, 'development.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { text: string; program: string });
    const right = rows.filter((row) => top(row.text) === canonical(row.program)).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.95);
  });

  it('understands a new device from its class and dataset alone', () => {
    const extra = Schemas.fromText(`class @org.example.lamp {
  import config from @org.thingpedia.config.none();
  action set_power(in req power: Enum(on, off) #_[prompt="On or off?"]) #_[canonical="turn the lamp"] #_[confirmation="turn the lamp $power"];
  monitorable query brightness(out level: Number) #_[canonical="lamp brightness"];
}`);
    const lamp = extra.getClass('org.example.lamp');
    if (lamp === undefined) throw new Error('lamp');
    const withLamp = buildLexicon([...shipped, { classDef: lamp, examples: [] }]);
    expect(parseAlmondCommand(withLamp, 'turn the lamp off')[0]?.code).toBe('now => @org.example.lamp.set_power(power=enum(off));');
    expect(parseAlmondCommand(withLamp, 'notify me when the lamp brightness changes')[0]?.code).toBe('monitor (@org.example.lamp.brightness()) => notify;');
  });
});
