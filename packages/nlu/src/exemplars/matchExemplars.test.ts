import { beforeAll, describe, expect, it } from 'vitest';
import { compileExemplars, utterancePattern } from './compileExemplars.js';
import type { Exemplar } from './exemplar.js';
import { matchExemplars } from './matchExemplars.js';
import { loadRecognizers } from '../system/recognizersSuite.js';

beforeAll(loadRecognizers);

/** Exemplars in the style of thingpedia-common-devices dataset.tt files. */
const exemplars: Exemplar[] = [
  { id: 'xkcd-latest', program: 'query := @com.xkcd.get_comic();', args: {}, utterances: ['the latest xkcd', 'an xkcd comic'] },
  { id: 'xkcd-number', program: 'query (p_number :Number) := @com.xkcd.get_comic(number=p_number);',
    args: { p_number: 'Number' }, utterances: ['xkcd number ${p_number}', 'the xkcd ${p_number:const}'] },
  { id: 'tweet', program: 'action (p_status :String) := @com.twitter.post(status=p_status);',
    args: { p_status: 'String' }, utterances: ['tweet ${p_status}', 'post $p_status on twitter'] },
  { id: 'thermostat', program: 'action (p_value :Measure(C)) := @org.thingpedia.iot.thermostat.set_target_temperature(value=p_value);',
    args: { p_value: 'Measure(C)' }, utterances: ['set the thermostat to ${p_value}'] },
  { id: 'power', program: 'action (p_power :Enum(on,off)) := @org.thingpedia.iot.switch.set_power(power=p_power);',
    args: { p_power: 'Enum(on,off)' }, utterances: ['turn ${p_power} the switch'] },
  { id: 'mode', program: 'action (p_mode :Enum(heat,cool,fan_only)) := @thermostat.set_mode(mode=p_mode);',
    args: { p_mode: 'Enum(heat,cool,fan_only)' }, utterances: ['set the mode to ${p_mode}'] },
  { id: 'alarm', program: 'action (p_date :Date) := @org.thingpedia.builtin.thingengine.builtin.set_alarm(date=p_date);',
    args: { p_date: 'Date' }, utterances: ['wake me up ${p_date}'] },
  { id: 'timer', program: 'stream (p_interval :Measure(ms)) := timer(base=makeDate(), interval=p_interval);',
    args: { p_interval: 'Measure(ms)' }, utterances: ['every ${p_interval}'] },
  { id: 'call', program: 'action (p_number :PhoneNumber) := @org.thingpedia.builtin.thingengine.phone.call(number=p_number);',
    args: { p_number: 'PhoneNumber' }, utterances: ['call ${p_number}'] },
  { id: 'mute', program: 'action (p_mute :Boolean) := @speaker.set_mute(mute=p_mute);',
    args: { p_mute: 'Boolean' }, utterances: ['set mute to ${p_mute}'] },
  { id: 'broken', program: 'query := @x.y();', args: {}, utterances: ['use ${p_missing}'] },
];

const matcher = compileExemplars(exemplars);
const context = { now: '2017-05-10T07:30:00Z', timeZone: 'Europe/Paris' };
const best = (text: string) => matchExemplars(matcher, text, context)[0];

describe('matchExemplars', () => {
  it('matches utterances without placeholders exactly, score 1', () => {
    expect(best('The latest XKCD!')).toMatchObject({ exemplar: { id: 'xkcd-latest' }, score: 1, slots: {} });
  });

  it('fills ${p}, ${p:const} and $p placeholders with typed values', () => {
    expect(best('xkcd number 1234')?.slots).toEqual({ p_number: { type: 'Number', value: 1234, original: '1234' } });
    expect(best('the xkcd forty two')?.slots).toEqual({ p_number: { type: 'Number', value: 42, original: 'forty two' } });
    expect(best('post "hello world" on twitter')).toMatchObject({
      exemplar: { id: 'tweet', program: 'action (p_status :String) := @com.twitter.post(status=p_status);' },
      slots: { p_status: { type: 'String', value: 'hello world', original: 'hello world' } },
    });
  });

  it('reads measures, dates, durations and phone numbers through the system entities', () => {
    expect(best('set the thermostat to 21 degrees celsius')?.slots['p_value']).toEqual({
      type: 'Measure(C)', value: { amount: 21, unit: 'C' }, original: '21 degrees celsius',
    });
    expect(best('wake me up tomorrow at 7 am')?.slots['p_date']?.value).toBe('2017-05-11T07:00:00+02:00');
    expect(best('wake me up tomorrow')?.slots['p_date']?.value).toBe('2017-05-11');
    expect(best('every 5 minutes')?.slots['p_interval']?.value).toEqual({ amount: 5, unit: 'min' });
    expect(best('call +1 (650) 555-0100')?.slots['p_number']?.value).toBe('16505550100');
  });

  it('maps enums and booleans to their values', () => {
    expect(best('turn off the switch')?.slots['p_power']).toEqual({ type: 'Enum(on,off)', value: 'off', original: 'off' });
    expect(best('set the mode to fan only')?.slots['p_mode']?.value).toBe('fan_only');
    expect(best('set mute to yes')?.slots['p_mute']?.value).toBe(true);
    expect(best('set mute to off')?.slots['p_mute']?.value).toBe(false);
  });

  it('scores free text below exact words and reports each exemplar once', () => {
    const matches = matchExemplars(matcher, 'tweet tweet', context);
    expect(matches.map((match) => match.exemplar.id)).toEqual(['tweet']);
    expect(matches[0]?.score).toBeLessThan(1);
  });

  it('finds nothing for commands no utterance covers', () => {
    expect(matchExemplars(matcher, 'make me a sandwich', context)).toEqual([]);
    expect(matchExemplars(matcher, 'set the mode to dry', context)).toEqual([]);
  });

  it('skips utterances with undeclared placeholders and says so', () => {
    expect(utterancePattern('use ${p_missing}', exemplars[10] as Exemplar, {})).toBeUndefined();
    expect(matcher.agent.warnings).toEqual(['exemplar broken: undeclared placeholder in "use ${p_missing}"']);
  });
});
