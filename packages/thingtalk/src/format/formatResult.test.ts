import { describe, expect, it } from 'vitest';
import { Schemas } from '../schema/schemas.js';
import { testClasses } from '../describe/testClasses.js';
import { formatResult, formatResultAsText } from './formatResult.js';
import { toMessages } from './toMessages.js';

const classes = testClasses();
const COMIC = {
  number: 1234,
  title: 'Douglas Engelbart (1925-2013)',
  link: 'https://xkcd.com/1234/',
  picture_url: 'https://imgs.xkcd.com/comics/douglas_engelbart_1925_2013.png',
  alt_text: 'some alt text',
};

describe('formatResult', () => {
  it('applies #_[formatted] (the reference xkcd case)', () => {
    expect(formatResult(classes, 'com.xkcd:get_comic', COMIC)).toEqual([
      { type: 'rdl', callback: 'https://xkcd.com/1234/', webCallback: 'https://xkcd.com/1234/', displayTitle: 'Douglas Engelbart (1925-2013)' },
      { type: 'picture', url: 'https://imgs.xkcd.com/comics/douglas_engelbart_1925_2013.png' },
      'some alt text',
    ]);
    expect(formatResultAsText(classes, 'com.xkcd:get_comic', COMIC)).toBe(
      'Link: Douglas Engelbart (1925-2013) <https://xkcd.com/1234/>\nPicture: https://imgs.xkcd.com/comics/douglas_engelbart_1925_2013.png\nsome alt text',
    );
  });

  it('formats the cat API result as the seed shows (rdl + picture)', () => {
    const row = { image_id: 'abc', picture_url: 'https://cdn.example/abc.jpg', link: 'https://cdn.example/abc.jpg' };
    expect(formatResult(classes, 'com.thecatapi:get', row)).toEqual([
      { type: 'rdl', callback: row.link, webCallback: row.link, displayTitle: row.link },
      { type: 'picture', url: row.picture_url },
    ]);
  });

  it('drops objects whose required fields are missing and strings whose values are all missing', () => {
    expect(formatResult(classes, 'com.xkcd:get_comic', { number: 1, title: 'T' })).toEqual([]);
    expect(formatResult(classes, 'org.thingpedia.weather:current', { location: null, temperature: null, status: null })).toEqual([]);
  });

  it('writes N/A for one missing value and converts measures to the requested unit', () => {
    const row = { location: { latitude: 37, longitude: -113, display: 'Somewhere' }, temperature: 21, status: null };
    expect(formatResult(classes, 'org.thingpedia.weather:current', row)).toEqual(['Current weather for Somewhere: N/A, temperature 21 C.']);
    const noName = { location: { latitude: 37, longitude: -113 }, temperature: 21.26, status: 'sunny' };
    expect(formatResult(classes, 'org.thingpedia.weather:current', noName)).toEqual([
      'Current weather for [Latitude: 37 deg, Longitude: -113 deg]: sunny, temperature 21.3 C.',
    ]);
  });

  it('formats dates and times with the options of the placeholders', () => {
    const time = new Date(Date.UTC(2018, 4, 24, 18, 4, 0));
    const options = { timeZone: 'America/Los_Angeles' };
    expect(formatResult(classes, 'org.thingpedia.builtin.thingengine.builtin:get_time', { time }, options)).toEqual(['Current time is 11:04:00 AM PDT.']);
    expect(formatResult(classes, 'org.thingpedia.builtin.thingengine.builtin:get_date', { date: time }, options)).toEqual(['Today is Thursday, May 24, 2018.']);
  });

  it('has fixed sentences for aggregations', () => {
    expect(formatResult(classes, 'count(com.bing:web_search)', { count: 7 })).toEqual(['I found 7 results.']);
    expect(formatResult(classes, 'count(com.bing:web_search)', { count: 1 })).toEqual(['I found 1 result.']);
    expect(formatResult(classes, 'count(com.bing:web_search)', { title: 7 })).toEqual(['I found 7 distinct values of title.']);
    expect(formatResult(classes, 'count(com.bing:web_search)', { title: 1 })).toEqual(['I found only one value of title.']);
    expect(formatResult(classes, 'max(com.google.drive:list_drive_files)', { file_size: 7 })).toEqual(['The maximum file size is 7.']);
    expect(formatResult(classes, 'min(com.google.drive:list_drive_files)', { file_size: 7 })).toEqual(['The minimum file size is 7.']);
    expect(formatResult(classes, 'avg(com.google.drive:list_drive_files)', { file_size: 7.5 })).toEqual(['The average file size is 7.50.']);
    expect(formatResult(classes, 'sum(com.google.drive:list_drive_files)', { file_size: 7 })).toEqual(['The total file size is 7.']);
  });

  it('falls back to "The <argument> is <value>." without a specification', () => {
    const wikidata = Schemas.fromText('class @org.wikidata { query person(out given_name: String #_[canonical="given name"], out children: Number, out spouse: String); }');
    expect(formatResult(wikidata, 'org.wikidata:person', { given_name: 'robert', children: 2, spouse: null })).toEqual([
      'The given name is robert.',
      'The children is 2.',
    ]);
    expect(formatResult(wikidata, null, { text: 'lol' })).toEqual(['The text is lol.']);
    expect(formatResult(wikidata, 'com.unknown:fn', { is_home: true })).toEqual(['The is home is true.']);
  });

  it('falls back when a projection removed every parameter of the specification', () => {
    expect(formatResult(classes, 'com.xkcd:get_comic', { number: 42 })).toEqual(['The number is 42.']);
  });

  it('uses the last function of a join', () => {
    expect(formatResult(classes, 'com.bing:web_search+com.yandex.translate:translate', { translated_text: 'ciao' })).toEqual(['ciao']);
  });
});

describe('toMessages', () => {
  it('turns formatted results into Almond messages', () => {
    const formatted = formatResult(classes, 'com.xkcd:get_comic', COMIC);
    expect(toMessages([...formatted, { type: 'sound', name: 'bell' }], 'com.xkcd')).toEqual([
      { type: 'rdl', rdl: { callback: COMIC.link, webCallback: COMIC.link, displayTitle: COMIC.title }, icon: 'com.xkcd' },
      { type: 'picture', url: COMIC.picture_url, icon: 'com.xkcd' },
      { type: 'text', text: 'some alt text', icon: 'com.xkcd' },
      { type: 'result', result: { type: 'sound', name: 'bell' }, fallback: 'Sound effect: bell', icon: 'com.xkcd' },
    ]);
  });
});
