import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityDefinition } from '../entities/entityDefinition.js';
import { compileAgent, type IntentDefinition } from './compileAgent.js';
import { matchAgent, type MatchOptions } from './matchAgent.js';
import { loadRecognizers } from '../system/recognizersSuite.js';

beforeAll(loadRecognizers);

/** Wednesday 10 May 2017, 09:30 in Paris. */
const when: MatchOptions = { now: '2017-05-10T07:30:00Z', timeZone: 'Europe/Paris' };

const entities: EntityDefinition[] = [
  { name: 'city', entries: [
    { value: 'New York, NY', synonyms: ['New York', 'NY', 'Big Apple', 'city that @{never, seldom} sleeps'] },
    { value: 'Washington, DC', synonyms: ['Washington', 'DC', 'Washington, DC'] },
  ] },
  // From the api.ai slot-filling sample agent (PY examples/slotfilling_example).
  { name: 'message_type', entries: [
    { value: 'SMS', synonyms: ['SMS', 'Short Message', 'Text Message'] }, { value: 'Email', synonyms: ['Email', 'Mail'] },
  ] },
  { name: 'parent', entries: [
    { value: 'Mother', synonyms: ['Mother', 'Mom', 'Mummy'] }, { value: 'Father', synonyms: ['Father', 'Dad', 'Daddy'] },
  ] },
];

const weather: IntentDefinition = {
  name: 'weather', templates: ['What is the weather in @city:location', 'Forecast for @city:location @sys.date:date'],
};
const travel: IntentDefinition = { name: 'travel', templates: ['how long from @city:fromCity to @city:toCity'] };
const sendMessage: IntentDefinition = {
  name: 'send message',
  userSays: [
    { data: [{ text: 'send message' }] },
    { data: [{ text: 'send @message_type:message_type to my @parent:parent' }], isTemplate: true },
    { data: [{ text: 'send @sys.any:text to @parent:parent via @message_type:message_type' }], isTemplate: true },
    { data: [{ text: 'text ' }, { text: 'dad', alias: 'parent', meta: '@parent' }, { text: ' that ' }, { text: 'I am late', alias: 'text', meta: '@sys.any' }] },
  ],
};
const bugReport: IntentDefinition = { name: 'bug report', templates: ['create a @{bug, defect, @sys.void} report', 'file it @{now, today}:when'] };
const matcher = compileAgent([weather, travel, sendMessage, bugReport], entities);

const best = (text: string, options: MatchOptions = when) => matchAgent(matcher, text, options)[0];

describe('matchAgent: api.ai templates', () => {
  it('matches @entity:alias and returns the reference value and the original words', () => {
    expect(best('What is the weather in the Big Apple?')).toBeUndefined();
    expect(best('what is the weather in big apple?')).toMatchObject({
      intent: weather, expressionIndex: 0, score: 1,
      parameters: { location: { entity: '@city', value: 'New York, NY', original: 'big apple' } },
    });
  });

  it('matches multi-word synonyms and synonyms that contain inline entities', () => {
    expect(best('What is the weather in Washington, DC')?.parameters['location']).toMatchObject({ value: 'Washington, DC', original: 'Washington, DC' });
    expect(best('What is the weather in the city that seldom sleeps')).toBeUndefined();
    expect(best('What is the weather in city that seldom sleeps')?.parameters['location']?.value).toBe('New York, NY');
  });

  it('matches @sys.x:alias with api.ai values', () => {
    expect(best('forecast for NY tomorrow')).toMatchObject({
      intent: weather, expressionIndex: 1,
      parameters: { location: { value: 'New York, NY' }, date: { entity: '@sys.date', value: '2017-05-11', original: 'tomorrow' } },
    });
  });

  it('keeps two uses of one entity apart by alias', () => {
    expect(best('how long from DC to New York')?.parameters).toEqual({
      fromCity: { entity: '@city', value: 'Washington, DC', original: 'DC' },
      toCity: { entity: '@city', value: 'New York, NY', original: 'New York' },
    });
  });

  it('reads @sys.any with a lower score than a match on words alone', () => {
    const match = best('send the keys are under the mat to mom via mail');
    expect(match?.parameters).toEqual({
      text: { entity: '@sys.any', value: 'the keys are under the mat', original: 'the keys are under the mat' },
      parent: { entity: '@parent', value: 'Mother', original: 'mom' },
      message_type: { entity: '@message_type', value: 'Email', original: 'mail' },
    });
    expect(match?.score).toBeLessThan(1);
    expect(match?.score).toBeGreaterThan(0.5);
  });

  it('treats @sys.void as an optional phrase, inline or not', () => {
    expect(best('create a bug report')?.intent).toBe(bugReport);
    expect(best('create a defect report')?.intent).toBe(bugReport);
    expect(best('create a report')).toMatchObject({ intent: bugReport, parameters: {} });
  });

  it('returns the chosen option of an aliased inline entity', () => {
    expect(best('file it today')?.parameters).toEqual({ when: { entity: '@{}', value: 'today', original: 'today' } });
  });

  it('reads the userSays chunk format: plain examples, templates and annotated chunks', () => {
    expect(best('Send message!')).toMatchObject({ intent: sendMessage, expressionIndex: 0, parameters: {}, score: 1 });
    expect(best('send text message to my daddy')?.parameters).toMatchObject({
      message_type: { value: 'SMS' }, parent: { value: 'Father', original: 'daddy' },
    });
    expect(best('text mummy that dinner is ready')).toMatchObject({
      expressionIndex: 3,
      parameters: { parent: { value: 'Mother', original: 'mummy' }, text: { value: 'dinner is ready' } },
    });
  });

  it('needs the whole query to match', () => {
    expect(matchAgent(matcher, 'what is the weather in paris', when)).toEqual([]);
    expect(matchAgent(matcher, 'please send message now', when)).toEqual([]);
  });

  it('ranks several matching intents best first', () => {
    const ranked = compileAgent([
      { name: 'anything', templates: ['@sys.any:anything'] },
      { name: 'greeting', templates: ['hello @sys.any:rest', 'hello there'] },
    ], []);
    const matches = matchAgent(ranked, 'hello there');
    expect(matches.map((match) => [match.intent.name, match.score])).toEqual([['greeting', 1], ['anything', 0.5]]);
    expect(matchAgent(ranked, 'hello there', { limit: 1 })).toHaveLength(1);
  });

  it('tries only allowed intents and hands back the caller\'s own intent objects', () => {
    const withContexts = [
      { name: 'what about', contexts: ['weather'], templates: ['what about @city:location'] },
      { name: 'what about anything', contexts: [], templates: ['what about @sys.any:topic'] },
    ];
    const contextual = compileAgent(withContexts, entities);
    const active = new Set<string>();
    const allow = (intent: (typeof withContexts)[number]) => intent.contexts.every((context) => active.has(context));
    expect(matchAgent(contextual, 'what about DC', { allow }).map((match) => match.intent.name)).toEqual(['what about anything']);
    active.add('weather');
    const [match] = matchAgent(contextual, 'what about DC', { allow });
    expect(match?.intent.contexts).toEqual(['weather']);
  });

  it('returns a list when an alias occurs twice', () => {
    const lists = compileAgent([{ name: 'compare', templates: ['compare @city:c and @city:c'] }], entities);
    expect(matchAgent(lists, 'compare NY and DC')[0]?.parameters['c']).toEqual({
      entity: '@city', value: ['New York, NY', 'Washington, DC'], original: ['NY', 'DC'],
    });
  });

  it('aligns system entities that span several tokens (e-mail, URL, phone, time)', () => {
    const contact = compileAgent([
      { name: 'mail', templates: ['mail @sys.email:to about @sys.url:link'] },
      { name: 'call', templates: ['call @sys.phone-number:phone at @sys.time:time'] },
    ], []);
    expect(matchAgent(contact, 'mail jane.doe@example.com about https://example.org/a-b?c=1', when)[0]?.parameters).toEqual({
      to: { entity: '@sys.email', value: 'jane.doe@example.com', original: 'jane.doe@example.com' },
      link: { entity: '@sys.url', value: 'https://example.org/a-b?c=1', original: 'https://example.org/a-b?c=1' },
    });
    expect(matchAgent(contact, 'call (123) 456-7890 at 3:30 pm', when)[0]?.parameters).toMatchObject({
      phone: { value: '1234567890', original: '(123) 456-7890' }, time: { value: '15:30:00', original: '3:30 pm' },
    });
    expect(matchAgent(contact, 'call 5pm at 5pm', when)).toEqual([]);
  });

  it('needs a reference time for dates, and still reads numbers without one', () => {
    expect(best('forecast for NY tomorrow', {})).toBeUndefined();
    const numbers = compileAgent([{ name: 'go', templates: ['go @sys.number:number steps'] }], []);
    expect(matchAgent(numbers, 'go thirty steps')[0]?.parameters['number']?.value).toBe(30);
  });

  it('folds accents and case by default', () => {
    const cafe = compileAgent([{ name: 'cafe', templates: ['Café Crème'] }], []);
    expect(matchAgent(cafe, 'CAFE CREME')).toHaveLength(1);
    expect(matchAgent(compileAgent([{ name: 'cafe', templates: ['Café'] }], [], { foldAccents: false }), 'cafe')).toEqual([]);
  });

  it('reports unknown entities and reads unknown system entities like @sys.any', () => {
    const odd = compileAgent([{ name: 'odd', templates: ['play @sys.music-artist:artist', 'buy @fruit:fruit'] }], []);
    expect(odd.warnings).toEqual([
      'intent odd: @sys.music-artist is not recognised; it matches like @sys.any',
      'intent odd: unknown entity @fruit',
    ]);
    expect(matchAgent(odd, 'play the beatles')[0]?.parameters['artist']?.value).toBe('the beatles');
    expect(matchAgent(odd, 'buy apples')).toEqual([]);
  });
});

describe('matchAgent: other languages', () => {
  it('matches French templates with accents folded and Chinese ones character by character', () => {
    const french = compileAgent([{ name: 'réveil', templates: ['réveille-moi @sys.date-time:quand'] }], [], { lang: 'fr' });
    expect(matchAgent(french, 'Reveille-moi demain à 7 heures', { ...when, lang: 'fr' })[0]?.parameters['quand']?.value)
      .toBe('2017-05-11T07:00:00+02:00');
    const chinese = compileAgent([{ name: 'weather', templates: ['@sys.date:date天气怎么样'] }], [], { lang: 'zh-CN' });
    expect(matchAgent(chinese, '明天天气怎么样', { ...when, lang: 'zh-CN' })[0]?.parameters['date']).toMatchObject({ value: '2017-05-11', original: '明天' });
  });
});

describe('matchAgent: bounded work', () => {
  it('fails fast on expressions with many @sys.any that cannot finish', () => {
    const greedy = compileAgent([{ name: 'w', templates: ['@sys.any:a @sys.any:b @sys.any:c @sys.any:d @sys.any:e x'] }], []);
    const query = Array.from({ length: 60 }, (_, i) => (i === 5 ? 'x' : `w${i}`)).join(' ');
    const started = performance.now();
    expect(matchAgent(greedy, query)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
