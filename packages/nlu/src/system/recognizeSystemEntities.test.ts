import { beforeAll, describe, expect, it } from 'vitest';
import { recognizeSystemEntities } from './recognizeSystemEntities.js';
import type { RecognitionContext, SystemEntityName } from './systemEntityMatch.js';
import { loadRecognizers } from './recognizersSuite.js';

beforeAll(loadRecognizers);

/** Wednesday 10 May 2017, 09:30 in Paris (07:30 UTC). */
const context: RecognitionContext = { now: '2017-05-10T07:30:00Z', timeZone: 'Europe/Paris' };

function read(text: string, entity: SystemEntityName, extra: Partial<RecognitionContext> = {}) {
  return recognizeSystemEntities(text, { ...context, ...extra, entities: [entity] })
    .map((match) => ({ text: match.text, value: match.value }));
}

describe('recognizeSystemEntities: values in the api.ai formats', () => {
  it.each<[SystemEntityName, string, string, unknown]>([
    ['number', 'add two hundred thirty', 'two hundred thirty', 230],
    ['number', 'set it to 2.5', '2.5', 2.5],
    ['number-integer', 'book 4 seats', '4', 4],
    ['ordinal', 'the third one', 'third', 3],
    ['percentage', 'raise it by 40 percent', '40 percent', '40%'],
    ['percentage', 'about 12.5%', '12.5%', '12.5%'],
    ['ordinal', 'the 2nd item', '2nd', 2],
    ['date', 'remind me tomorrow', 'tomorrow', '2017-05-11'],
    ['date', 'next friday', 'next friday', '2017-05-19'],
    ['date', 'on January first', 'January first', '2018-01-01'],
    ['date-time', 'tomorrow at 4 pm', 'tomorrow at 4 pm', '2017-05-11T16:00:00+02:00'],
    ['date-time', 'in 2 minutes', 'in 2 minutes', '2017-05-10T09:32:00+02:00'],
    ['date-period', 'this weekend', 'this weekend', '2017-05-13/2017-05-14'],
    ['date-period', 'in june', 'june', '2017-06-01/2017-06-30'],
    ['date-period', 'from may 12 till may 20', 'from may 12 till may 20', '2017-05-12/2017-05-20'],
    ['time', 'at 1 pm', '1 pm', '13:00:00'],
    ['time', 'at 20:30', '20:30', '20:30:00'],
    ['time', 'half past four', 'half past four', '16:30:00'],
    ['time-period', 'from 1 pm till 3:30 pm', 'from 1 pm till 3:30 pm', '13:00:00/15:30:00'],
    ['time-period', 'in the afternoon', 'in the afternoon', '12:00:00/16:00:00'],
    ['time-period', 'tonight', 'tonight', '20:00:00/23:59:59'],
    ['duration', 'for 3 hours', '3 hours', { amount: 3, unit: 'h' }],
    ['duration', 'wait 10 minutes', '10 minutes', { amount: 10, unit: 'min' }],
    ['duration', 'a 2 week trip', '2 week', { amount: 2, unit: 'wk' }],
    ['age', 'I am 25 years old', '25 years old', { amount: 25, unit: 'year' }],
    ['temperature', 'set 30 degrees celsius', '30 degrees celsius', { amount: 30, unit: 'C' }],
    ['temperature', 'make it 70 degrees fahrenheit', '70 degrees fahrenheit', { amount: 70, unit: 'F' }],
    ['unit-currency', 'send 50 euros', '50 euros', { amount: 50, currency: 'EUR' }],
    ['unit-currency', 'it costs $20', '$20', { amount: 20, currency: 'USD' }],
    ['unit-length', 'go 10 meters forward', '10 meters', { amount: 10, unit: 'm' }],
    ['unit-weight', 'add 5 kilograms', '5 kilograms', { amount: 5, unit: 'kg' }],
    ['phone-number', 'call +1 (123) 456-7890', '+1 (123) 456-7890', '11234567890'],
    ['email', 'write to user@example.com please', 'user@example.com', 'user@example.com'],
    ['url', 'open https://example.org/a?b=1', 'https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['color', 'paint it grey', 'grey', 'gray'],
    ['color', 'make the lamp navy blue', 'navy blue', 'navy blue'],
    ['given-name', 'call john now', 'john', 'John'],
    ['on-off', 'turn on the light', 'turn on', 'on'],
    ['on-off', 'switch it off', 'switch it off', 'off'],
    ['lock-unlock', 'unlock the door', 'unlock', 'unlock'],
    ['next-previous', 'previous track', 'previous', 'previous'],
    ['next-previous', 'next song', 'next', 'next'],
    ['play-pause', 'pause the music', 'pause', 'pause'],
    ['play-pause', 'play it', 'play', 'play'],
    ['start-stop', 'stop the timer', 'stop', 'stop'],
    ['start-stop', 'start the oven', 'start', 'start'],
  ])('@sys.%s in "%s"', (entity, text, original, value) => {
    expect(read(text, entity)).toEqual([{ text: original, value }]);
  });

  it('rejects non-integers for number-integer and relative ordinals', () => {
    expect(read('set it to 2.5', 'number-integer')).toEqual([]);
    expect(read('next song', 'ordinal')).toEqual([]);
  });

  it('skips mentions the recognizer cannot resolve ("the hour right now") instead of failing', () => {
    expect(() => recognizeSystemEntities('what is the hour right now', context)).not.toThrow();
    expect(read('what is the hour right now', 'time')).toEqual([]);
  });

  it('finds nothing in text without entities', () => {
    expect(recognizeSystemEntities('hello there', context)).toEqual([]);
  });

  it('reports offsets into the original text', () => {
    const text = 'Meet me tomorrow at 4 pm, ok?';
    const [match] = recognizeSystemEntities(text, context);
    expect(match).toMatchObject({ entity: 'date-time', start: 8, end: 24 });
    expect(text.slice(match?.start, match?.end)).toBe('tomorrow at 4 pm');
  });
});

describe('recognizeSystemEntities: reference time and time zone are inputs', () => {
  it('reads relative dates on the user\'s calendar day', () => {
    // 23:30 UTC on 10 May is already 11 May in Tokyo.
    const now = '2017-05-10T23:30:00Z';
    expect(read('tomorrow', 'date', { now })).toEqual([{ text: 'tomorrow', value: '2017-05-12' }]);
    expect(read('tomorrow', 'date', { now, timeZone: 'America/New_York' })).toEqual([{ text: 'tomorrow', value: '2017-05-11' }]);
  });

  it('prints the offset in force on the day named, across a daylight-saving change', () => {
    const now = Date.UTC(2017, 2, 24, 12);
    expect(read('on march 30 at 9 am', 'date-time', { now, timeZone: 'Europe/Paris' })[0]?.value).toBe('2017-03-30T09:00:00+02:00');
    expect(read('on march 25 at 9 am', 'date-time', { now, timeZone: 'Europe/Paris' })[0]?.value).toBe('2017-03-25T09:00:00+01:00');
  });

  it('accepts the seed\'s "GMT+6", Python\'s "+0000" and a Date', () => {
    expect(read('tomorrow at 8 am', 'date-time', { timeZone: 'GMT+6' })[0]?.value).toBe('2017-05-11T08:00:00+06:00');
    expect(read('tomorrow at 8 am', 'date-time', { timeZone: '+0000' })[0]?.value).toBe('2017-05-11T08:00:00+00:00');
    const now = new Date(Date.UTC(2020, 0, 31, 12));
    expect(recognizeSystemEntities('tomorrow', { now, entities: ['date'] })[0]?.value).toBe('2020-02-01');
  });

  it('skips dates, times and durations without a reference time', () => {
    expect(recognizeSystemEntities('3 items tomorrow for 2 hours', {}).map((m) => [m.entity, m.text])).toEqual([
      ['number', '3'], ['number-integer', '3'], ['number', '2'], ['number-integer', '2'],
    ]);
  });

  it('refuses an invalid reference time', () => {
    expect(() => recognizeSystemEntities('tomorrow', { now: 'not a time' })).toThrow(RangeError);
  });
});

describe('recognizeSystemEntities: overlapping readings', () => {
  it('lets a time beat the unit reading of "pm"', () => {
    const every = recognizeSystemEntities('meet at 5 pm', { ...context, resolveOverlaps: false }).map((m) => m.entity);
    expect(every).toEqual(expect.arrayContaining(['time', 'unit-length', 'number']));
    expect(recognizeSystemEntities('meet at 5 pm', context).map((m) => [m.entity, m.text])).toEqual([['time', '5 pm']]);
  });

  it('lets the longest span win', () => {
    expect(recognizeSystemEntities('I am 7 years old', context).map((m) => [m.entity, m.text])).toEqual([['age', '7 years old']]);
    expect(recognizeSystemEntities('send 50 euros', context).map((m) => m.entity)).toEqual(['unit-currency']);
  });

  it('keeps a number together with its integer reading', () => {
    expect(recognizeSystemEntities('book 4 seats', context).map((m) => m.entity)).toEqual(['number', 'number-integer']);
  });
});

describe('recognizeSystemEntities: recurrences', () => {
  it('reads the interval of "every …" as a duration', () => {
    expect(read('every 5 minutes', 'duration')).toEqual([{ text: '5 minutes', value: { amount: 5, unit: 'min' } }]);
    expect(read('each week', 'duration')).toEqual([{ text: 'week', value: { amount: 1, unit: 'wk' } }]);
    expect(read('every monday', 'duration')).toEqual([]);
  });
});

describe('recognizeSystemEntities: other languages', () => {
  it('reads French, Spanish and Chinese dates and numbers with the recognizers of that language', () => {
    expect(read('demain à 16 heures', 'date-time', { lang: 'fr' })).toEqual([{ text: 'demain à 16 heures', value: '2017-05-11T16:00:00+02:00' }]);
    expect(read('vingt-trois', 'number', { lang: 'fr-FR' })).toEqual([{ text: 'vingt-trois', value: 23 }]);
    expect(read('mañana', 'date', { lang: 'es' })).toEqual([{ text: 'mañana', value: '2017-05-11' }]);
    expect(read('明天', 'date', { lang: 'zh-CN' })).toEqual([{ text: '明天', value: '2017-05-11' }]);
  });

  it('falls back to English for languages the recognizers do not know', () => {
    expect(read('tomorrow', 'date', { lang: 'xx' })).toEqual([{ text: 'tomorrow', value: '2017-05-11' }]);
  });
});
