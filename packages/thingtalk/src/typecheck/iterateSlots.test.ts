import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { testSchemas } from '../testing/testSchemas.js';
import { fillSlot, iterateSlots, selectDevice } from './iterateSlots.js';
import type { Slot } from './slots.js';
import { typeCheck } from './typeCheck.js';

const schemas = testSchemas();
const completed = (source: string) => typeCheck(parse(source), schemas);
const summary = (slot: Slot): string =>
  slot.type === 'device' ? `device @${slot.kind}.${slot.channel}` : `${slot.role} ${slot.name}: ${slot.prompt}`;

describe('iterateSlots', () => {
  it('lists device selections and $? values in dialog order', () => {
    const program = completed('monitor (@com.twitter.search()) => @com.twitter.post(status=$?);');
    expect(iterateSlots(program, schemas).map(summary)).toEqual([
      'device @com.twitter.search',
      'input query: What do you want to search?',
      'device @com.twitter.post',
      'input status: What do you want to tweet?',
    ]);
  });

  it('uses the default prompt and the argument canonical', () => {
    const [slot] = iterateSlots(completed('now => @org.thingpedia.weather(id="w").current() => notify;'), schemas);
    expect(slot).toMatchObject({ type: 'value', name: 'location', prompt: 'Please tell me the place.', argCanonical: 'place' });
  });

  it('covers filters, timers and slices', () => {
    const program = completed(
      '(timer(base=$?, interval=$?) => (@com.xkcd(id="x").get_comic()), title == $?) => notify;',
    );
    expect(iterateSlots(program, schemas).map(summary)).toEqual([
      'operator base: Please tell me the base.',
      'operator interval: Please tell me the interval.',
      'filter title: Please tell me the title.',
    ]);
    const sliced = completed('now => (@com.nytimes(id="n").get_front_page())[1 : $?] => notify;');
    expect(iterateSlots(sliced, schemas).map(summary)).toEqual(['operator limit: Please tell me the limit.']);
  });

  it('offers earlier outputs of a compatible type', () => {
    const program = completed('now => @com.xkcd(id="x").get_comic() => @com.twitter(id="t").post(status=$?);');
    const [slot] = iterateSlots(program, schemas);
    expect(slot?.type === 'value' && slot.options.map((o) => `${o.name} (${o.canonical}) from @${o.kind}.${o.channel}`)).toEqual([
      'title (title) from @com.xkcd.get_comic',
      'picture_url (picture url) from @com.xkcd.get_comic',
      'link (link) from @com.xkcd.get_comic',
      'alt_text (alt text) from @com.xkcd.get_comic',
    ]);
  });

  it('has no slots for a complete program', () => {
    expect(iterateSlots(completed('now => @com.twitter(id="t").post(status="x");'), schemas)).toEqual([]);
  });
});

describe('fillSlot and selectDevice', () => {
  it('fill the slots one by one without touching the original', () => {
    let program = completed('now => @com.twitter.post();');
    const original = print(program);
    for (let slot = iterateSlots(program, schemas)[0]; slot !== undefined; slot = iterateSlots(program, schemas)[0]) {
      program = slot.type === 'device' ? selectDevice(program, slot, 'twitter-1') : fillSlot(program, slot, { type: 'String', value: 'lol' });
    }
    expect(print(program)).toBe('now => @com.twitter(id="twitter-1").post(status="lol");');
    expect(print(completed('now => @com.twitter.post();'))).toBe(original);
  });

  it('fill filter slots with an earlier output', () => {
    const program = completed('now => @com.xkcd(id="x").get_comic() => @com.twitter(id="t").post(status=$?);');
    const [slot] = iterateSlots(program, schemas);
    if (slot?.type !== 'value' || slot.options[0] === undefined) throw new Error('expected a value slot with options');
    expect(print(fillSlot(program, slot, slot.options[0].value))).toBe(
      'now => @com.xkcd(id="x").get_comic() => @com.twitter(id="t").post(status=title);',
    );
  });

  it('rejects a path that is not in the program', () => {
    const program = parse('now => @com.twitter(id="t").post();');
    const slot = iterateSlots(typeCheck(program, schemas), schemas)[0];
    if (slot?.type !== 'value') throw new Error('expected a value slot');
    expect(() => fillSlot(program, slot, { type: 'String', value: 'x' })).toThrow('does not exist');
  });
});
