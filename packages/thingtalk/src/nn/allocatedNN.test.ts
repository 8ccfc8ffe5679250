import { describe, expect, it } from 'vitest';
import { parse, parseLibrary } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { testSchemas } from '../testing/testSchemas.js';
import { exampleToNN, toNNWithEntities } from './allocatedNN.js';
import { fromNN } from './fromNN.js';

const schemas = testSchemas();

describe('toNNWithEntities', () => {
  it('allocates one placeholder per distinct value, in order', () => {
    const program = parse('now => (@com.gmail.inbox()), subject =~ "a" || subject == "b" || subject =~ "a" => @com.twitter.post(status="b");');
    const { code, entities } = toNNWithEntities(program, schemas);
    expect(code.join(' ')).toBe(
      'now => ( @com.gmail.inbox ) filter param:subject:String =~ QUOTED_STRING_0 or param:subject:String == QUOTED_STRING_1 or param:subject:String =~ QUOTED_STRING_0 => @com.twitter.post param:status:String = QUOTED_STRING_1',
    );
    expect(entities).toEqual({ QUOTED_STRING_0: 'a', QUOTED_STRING_1: 'b' });
  });

  it('gives measures, numbers, dates and entities their placeholders, readable back with fromNN', () => {
    const program = parse('now => @org.example.all.act(temp=70F, n=42, d=new Date(2020, 1, 2), u="bob"^^tt:username, stock="goog"^^tt:stock_id("Alphabet"), t=new Time(7, 30));');
    const { code, entities } = toNNWithEntities(program, schemas);
    expect(code.join(' ')).toBe(
      'now => @org.example.all.act param:d:Date = DATE_0 param:n:Number = NUMBER_0 param:stock:Entity(tt:stock_id) = GENERIC_ENTITY_tt:stock_id_0 param:t:Time = TIME_0 param:temp:Measure(C) = MEASURE_C_0 param:u:Entity(tt:username) = USERNAME_0',
    );
    expect(entities).toEqual({
      DATE_0: { year: 2020, month: 1, day: 2, hour: 0, minute: 0, second: 0 },
      NUMBER_0: 42,
      'GENERIC_ENTITY_tt:stock_id_0': { value: 'goog', display: 'Alphabet' },
      TIME_0: { hour: 7, minute: 30, second: 0 },
      MEASURE_C_0: { value: 70, unit: 'F' },
      USERNAME_0: 'bob',
    });
    expect(print(fromNN(code, entities))).toBe(
      'now => @org.example.all.act(d=new Date(2020, 1, 2), n=42, stock="goog"^^tt:stock_id("Alphabet"), t=new Time(7, 30), temp=70F, u="bob"^^tt:username);',
    );
  });
});

describe('exampleToNN', () => {
  const library = parseLibrary(`dataset @com.twitter {
    query (p_query : String) := @com.twitter.search(query=p_query) #_[utterances=["tweets about \${p_query}"]];
    stream (p_author : Entity(tt:username)) := monitor ((@com.twitter.search(query="news")), author == p_author) #_[utterances=["news from \${p_author}"]];
    action (p_status : String) := @com.twitter.post(status=p_status) #_[utterances=["tweet \${p_status}"]];
    program := monitor (@com.xkcd.get_comic()) => @com.twitter.post(status=title) #_[utterances=["tweet new xkcd"]];
  }`);
  const examples = library.datasets[0]?.examples ?? [];

  it.each([
    [0, 'now => @com.twitter.search param:query:String = SLOT_0 => notify', {}, ['p_query'], { p_query: 'String' }],
    [1, 'monitor ( ( @com.twitter.search param:query:String = QUOTED_STRING_0 ) filter param:author:Entity(tt:username) == SLOT_0 ) => notify', { QUOTED_STRING_0: 'news' }, ['p_author'], { p_author: 'Entity(tt:username)' }],
    [2, 'now => @com.twitter.post param:status:String = SLOT_0', {}, ['p_status'], { p_status: 'String' }],
    [3, 'monitor ( @com.xkcd.get_comic ) => @com.twitter.post on param:status:String = param:title:String', {}, [], {}],
  ])('example %i', (index, code, entities, slots, slotTypes) => {
    const example = examples[index];
    if (example === undefined) throw new Error('missing example');
    expect(exampleToNN(example, schemas)).toEqual({ code: code.split(' '), entities, slots, slotTypes });
  });
});
