import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { testSchemas } from '../testing/testSchemas.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import type { EntityMap } from './entities.js';
import { fromNN } from './fromNN.js';
import { toNN } from './toNN.js';

const schemas = testSchemas();
const today = { year: 2020, month: 5, day: 4 };

/** [ThingTalk, sentence, entities, NN with type annotations]. */
const CASES: readonly (readonly [string, string, EntityMap, string])[] = [
  ['now => @com.twitter.post(status="lol");', 'tweet lol', { QUOTED_STRING_0: 'lol' }, 'now => @com.twitter.post param:status:String = QUOTED_STRING_0'],
  ['now => @com.twitter.post(status="hello world");', 'tweet hello world', {}, 'now => @com.twitter.post param:status:String = " hello world "'],
  ['now => @com.twitter.post();', 'tweet', {}, 'now => @com.twitter.post'],
  ['now => @com.xkcd.get_comic(number=42) => notify;', 'xkcd 42', { NUMBER_0: 42 }, 'now => @com.xkcd.get_comic param:number:Number = NUMBER_0 => notify'],
  ['now => @com.xkcd.get_comic(number=7) => return;', 'xkcd 7', {}, 'now => @com.xkcd.get_comic param:number:Number = 7 => return'],
  ['now => @com.xkcd.get_comic(number=-3) => notify;', '', {}, 'now => @com.xkcd.get_comic param:number:Number = - 3 => notify'],
  ['now => @com.xkcd.get_comic(number=-42) => notify;', '', { NUMBER_0: 42 }, 'now => @com.xkcd.get_comic param:number:Number = - NUMBER_0 => notify'],
  ['monitor (@com.xkcd.get_comic()) => notify;', '', {}, 'monitor ( @com.xkcd.get_comic ) => notify'],
  ['monitor (@com.xkcd.get_comic()) on new [title] => notify;', '', {}, 'monitor ( @com.xkcd.get_comic ) on new param:title:String => notify'],
  ['monitor (@com.xkcd.get_comic()) on new [title, link] => notify;', '', {}, 'monitor ( @com.xkcd.get_comic ) on new [ param:link:Entity(tt:url) , param:title:String ] => notify'],
  ['monitor (@com.xkcd.get_comic()) => @com.twitter.post(status=title);', '', {}, 'monitor ( @com.xkcd.get_comic ) => @com.twitter.post on param:status:String = param:title:String'],
  ['monitor (@com.xkcd.get_comic()) => @com.twitter.post(status=$event);', '', {}, 'monitor ( @com.xkcd.get_comic ) => @com.twitter.post on param:status:String = event'],
  ['now => (@com.twitter.search(query="cats")), author == "bob"^^tt:username && contains(hashtags, "cat"^^tt:hashtag) => notify;', 'search cats from bob cat', { QUOTED_STRING_0: 'cats', USERNAME_0: 'bob' },
    'now => ( @com.twitter.search param:query:String = QUOTED_STRING_0 ) filter param:author:Entity(tt:username) == USERNAME_0 and param:hashtags:Array(Entity(tt:hashtag)) contains " cat " ^^tt:hashtag => notify'],
  ['now => (@com.gmail.inbox()), is_important == true || !(subject =~ "spam") => notify;', '', { QUOTED_STRING_0: 'spam' },
    'now => ( @com.gmail.inbox ) filter param:is_important:Boolean == true or not param:subject:String =~ QUOTED_STRING_0 => notify'],
  ['now => (@com.gmail.inbox()), !(is_important == true && subject =~ "x") => notify;', '', { QUOTED_STRING_0: 'x' },
    'now => ( @com.gmail.inbox ) filter not param:is_important:Boolean == true or not param:subject:String =~ QUOTED_STRING_0 => notify'],
  ['now => (@com.gmail.inbox()), in_array(subject, ["a", "b"]) => notify;', '', { QUOTED_STRING_0: 'a', QUOTED_STRING_1: 'b' },
    'now => ( @com.gmail.inbox ) filter param:subject:String in_array [ QUOTED_STRING_0 , QUOTED_STRING_1 ] => notify'],
  ['now => (@com.gmail.inbox()), @org.thingpedia.weather.current(location=$context.location.home) { status == enum(sunny) } => notify;', '', {},
    'now => ( @com.gmail.inbox ) filter @org.thingpedia.weather.current param:location:Location = location:home { param:status:Enum(sunny,cloudy,raining,snowy) == enum:sunny } => notify'],
  ['now => (@com.nytimes.get_front_page()), distance(geo, $context.location.current_location) <= 15km => notify;', '', { NUMBER_0: 15 },
    'now => ( @com.nytimes.get_front_page ) filter distance ( param:geo:Location , location:current_location ) <= NUMBER_0 unit:km => notify'],
  ['edge (monitor (@org.thingpedia.weather.current(location=$context.location.home))) on temperature >= 70F => notify;', 'hot', { MEASURE_C_0: { value: 70, unit: 'F' } },
    'edge ( monitor ( @org.thingpedia.weather.current param:location:Location = location:home ) ) on param:temperature:Measure(C) >= MEASURE_C_0 => notify'],
  ['edge (monitor (@com.xkcd.get_comic())) on true => notify;', '', {}, 'edge ( monitor ( @com.xkcd.get_comic ) ) on true => notify'],
  ['timer(base=new Date(), interval=2h) => notify;', '', {}, 'timer base = now , interval = 2 unit:h => notify'],
  ['timer(base=new Date(), interval=90min, frequency=2) => notify;', '', { DURATION_0: { value: 90, unit: 'min' } }, 'timer base = now , interval = DURATION_0 , frequency = 2 => notify'],
  ['(timer(base=new Date(), interval=2h) => @com.xkcd.get_comic()) => notify;', '', {}, '( timer base = now , interval = 2 unit:h ) => ( @com.xkcd.get_comic ) => notify'],
  ['(monitor (@com.xkcd.get_comic()) => @com.yandex.translate.translate() on (text=title)) => notify;', '', {},
    '( monitor ( @com.xkcd.get_comic ) ) => ( @com.yandex.translate.translate ) on param:text:String = param:title:String => notify'],
  ['attimer(time=new Time(8, 30)) => @org.thingpedia.builtin.thingengine.builtin.say(message="wake up");', 'say wake up at 8:30', { TIME_0: { hour: 8, minute: 30 } },
    'attimer time = TIME_0 => @org.thingpedia.builtin.thingengine.builtin.say param:message:String = " wake up "'],
  ['attimer(time=[$context.time.morning, new Time(21, 0)]) => notify;', '', {}, 'attimer time = [ time:morning , time:21:0:0 ] => notify'],
  ['now => (sort file_size desc of (@com.google.drive.list_drive_files()))[1 : 5] => notify;', '', {},
    'now => ( sort param:file_size:Measure(byte) desc of ( @com.google.drive.list_drive_files ) ) [ 1 : 5 ] => notify'],
  ['now => (@com.google.drive.list_drive_files())[1, 2] => notify;', '', {}, 'now => ( @com.google.drive.list_drive_files ) [ 1 , 2 ] => notify'],
  ['now => aggregate count of (@com.gmail.inbox()) => notify;', '', {}, 'now => aggregate count of ( @com.gmail.inbox ) => notify'],
  ['now => aggregate max file_size of (@com.google.drive.list_drive_files()) => notify;', '', {},
    'now => aggregate max param:file_size:Measure(byte) of ( @com.google.drive.list_drive_files ) => notify'],
  ['now => [file_size, file_name] of (@com.google.drive.list_drive_files(order_by=enum(created_time_increasing))) => notify;', '', {},
    'now => [ param:file_name:String , param:file_size:Measure(byte) ] of ( @com.google.drive.list_drive_files param:order_by:Enum(created_time_increasing,created_time_decreasing) = enum:created_time_increasing ) => notify'],
  ['now => compute distance(geo, $context.location.home) of (@com.nytimes.get_front_page()) => notify;', '', {},
    'now => compute distance ( param:geo:Location , location:home ) of ( @com.nytimes.get_front_page ) => notify'],
  ['now => (@com.nytimes.get_front_page() join @com.yandex.translate.translate() on (text=title)) => notify;', '', {},
    'now => ( @com.nytimes.get_front_page ) join ( @com.yandex.translate.translate ) on param:text:String = param:title:String => notify'],
  ['executor = "bob"^^tt:username : {\n  now => @com.xkcd.get_comic() => return;\n}', 'ask bob', { USERNAME_0: 'bob' }, 'executor = USERNAME_0 : now => @com.xkcd.get_comic => return'],
  // every placeholder type
  ['now => @org.example.all.act(s="", d=new Date(2020, 5, 4, 10, 0, 0), t=new Time(7, 15), dur=30min, temp=-5C, c=new Currency(25, usd), l=new Location(37.4, -122.1, "palo alto"));', '',
    { DATE_0: { year: 2020, month: 5, day: 4, hour: 10, minute: 0, second: 0 }, TIME_0: { hour: 7, minute: 15 }, DURATION_0: { value: 30, unit: 'min' }, NUMBER_0: -5, CURRENCY_0: { value: 25, unit: 'usd' }, LOCATION_0: { latitude: 37.4, longitude: -122.1, display: 'palo alto' } },
    'now => @org.example.all.act param:c:Currency = CURRENCY_0 param:d:Date = DATE_0 param:dur:Measure(ms) = DURATION_0 param:l:Location = LOCATION_0 param:s:String = "" param:t:Time = TIME_0 param:temp:Measure(C) = NUMBER_0 unit:C'],
  ['now => @org.example.all.act(u="bob"^^tt:username, h="cats"^^tt:hashtag, url="https://x.org"^^tt:url, p="+1555"^^tt:phone_number, e="a@b.c"^^tt:email_address, path="a/b"^^tt:path_name, pic="https://x.org/a.png"^^tt:picture);', '',
    { USERNAME_0: 'bob', HASHTAG_0: 'cats', URL_0: 'https://x.org', PHONE_NUMBER_0: '+1555', EMAIL_ADDRESS_0: 'a@b.c', PATH_NAME_0: 'a/b', PICTURE_0: 'https://x.org/a.png' },
    'now => @org.example.all.act param:e:Entity(tt:email_address) = EMAIL_ADDRESS_0 param:h:Entity(tt:hashtag) = HASHTAG_0 param:p:Entity(tt:phone_number) = PHONE_NUMBER_0 param:path:Entity(tt:path_name) = PATH_NAME_0 param:pic:Entity(tt:picture) = PICTURE_0 param:u:Entity(tt:username) = USERNAME_0 param:url:Entity(tt:url) = URL_0'],
  ['now => @org.example.all.act(stock="goog"^^tt:stock_id("Alphabet Inc."), len=6ft + 3in, b=false, en=enum(a), arr=["x"], d=start_of(week) + 1day, l=new Location("mountain view"));', 'show alphabet inc. in mountain view x',
    { 'GENERIC_ENTITY_tt:stock_id_0': { value: 'goog', display: 'Alphabet Inc.' } },
    'now => @org.example.all.act param:arr:Array(String) = [ " x " ] param:b:Boolean = false param:d:Date = start_of unit:week + 1 unit:day param:en:Enum(a,b) = enum:a param:l:Location = location: " mountain view " param:len:Measure(m) = 6 unit:ft 3 unit:in param:stock:Entity(tt:stock_id) = GENERIC_ENTITY_tt:stock_id_0'],
  ['now => @org.example.all.act(stock=null^^tt:stock_id("alphabet"));', 'buy alphabet', {},
    'now => @org.example.all.act param:stock:Entity(tt:stock_id) = " alphabet " ^^tt:stock_id'],
  ['now => @org.example.all.act(n=$?, d=new Date() - 2h);', '', {}, 'now => @org.example.all.act param:d:Date = now - 2 unit:h param:n:Number = undefined'],
  // bookkeeping and permission rules
  ['bookkeeping(yes);', '', {}, 'bookkeeping special special:yes'],
  ['bookkeeping(nevermind);', '', {}, 'bookkeeping special special:nevermind'],
  ['bookkeeping(answer(42));', '', { NUMBER_0: 42 }, 'bookkeeping answer NUMBER_0'],
  ['bookkeeping(answer("lol"));', '', { QUOTED_STRING_0: 'lol' }, 'bookkeeping answer QUOTED_STRING_0'],
  ['bookkeeping(choice(1));', '', {}, 'bookkeeping choice 1'],
  ['bookkeeping(predicate(title == "x"));', '', { QUOTED_STRING_0: 'x' }, 'bookkeeping filter param:title == QUOTED_STRING_0'],
  ['bookkeeping(commands(category="media"));', '', {}, 'bookkeeping category media'],
  ['bookkeeping(commands(category="social-network", device="com.twitter"^^tt:device));', '', {}, 'bookkeeping commands social-network device:com.twitter'],
  ['true : @com.xkcd.get_comic => notify;', '', {}, 'policy true : @com.xkcd.get_comic => notify'],
  ['true : * => @com.twitter.*;', '', {}, 'policy true : * => @com.twitter.*'],
  ['source == "bob"^^tt:username : now => @com.twitter.post, status =~ "lol";', 'lol', { USERNAME_0: 'bob' },
    'policy param:source:Entity(tt:contact) == USERNAME_0 : now => @com.twitter.post filter param:status:String =~ " lol "'],
];

describe('toNN', () => {
  it.each(CASES)('%s', (tt, sentence, entities, nn) => {
    expect(toNN(parse(tt), sentence, entities, { schemas, today }).join(' ')).toBe(nn);
  });

  it('writes parameters without types when asked to', () => {
    const program = parse('monitor (@com.xkcd.get_comic()) => @com.twitter.post(status=title);');
    expect(toNN(program, '', {}, { schemas, typeAnnotations: false }).join(' ')).toBe(
      'monitor ( @com.xkcd.get_comic ) => @com.twitter.post on param:status = param:title',
    );
  });

  it('reuses an entity that appears twice in the program', () => {
    const program = parse('now => (@com.gmail.inbox()), subject =~ "x" || subject == "x" => notify;');
    expect(toNN(program, '', { QUOTED_STRING_0: 'x' }, { schemas }).join(' ')).toBe(
      'now => ( @com.gmail.inbox ) filter param:subject:String =~ QUOTED_STRING_0 or param:subject:String == QUOTED_STRING_0 => notify',
    );
  });

  it.each([
    ['now => @com.twitter.post(status="lol");', 'tweet something', {}, 'Cannot find entity lol of type QUOTED_STRING, have {}'],
    ['now => @com.xkcd.get_comic(number=42) => notify;', '', { NUMBER_0: 41 }, 'Cannot find entity 42 of type NUMBER, have {"NUMBER_0":41}'],
    ['let query q := @com.xkcd.get_comic();\nnow => q() => notify;', '', {}, 'Cannot convert to NN syntax: programs with classes, declarations'],
    ['now => @com.xkcd.get_comic() => { notify; @com.twitter.post(status=title); };', '', {}, 'Cannot convert to NN syntax: rules with several actions'],
    ['(monitor (@com.xkcd.get_comic())), title =~ "x" => notify;', 'x', {}, 'Cannot convert to NN syntax: stream filters'],
    ['now => (@com.gmail.inbox()), false => notify;', '', {}, 'Cannot convert to NN syntax: always false filter'],
    ['now => @com.xkcd.nope() => notify;', '', {}, 'Class com.xkcd has no query nope'],
  ])('rejects %s', (tt, sentence, entities, message) => {
    expect(() => toNN(parse(tt), sentence, entities, { schemas })).toThrow(message);
  });
});

describe('fromNN', () => {
  it.each(CASES)('%s', (_tt, sentence, entities, nn) => {
    const input = typeCheck(fromNN(nn, entities, { today }), schemas);
    expect(toNN(input, sentence, entities, { schemas, today }).join(' ')).toBe(nn);
    const untyped = typeCheck(fromNN(nn.replace(/(param:[\w.]+):\S+/g, '$1'), entities, { today }), schemas);
    expect(untyped).toEqual(input);
  });

  it.each([
    ['now => @com.twitter.post param:status:String = QUOTED_STRING_0', { QUOTED_STRING_0: 'lol' }, 'now => @com.twitter.post(status="lol");'],
    ['monitor ( @com.xkcd.get_comic ) => @com.twitter.post on param:status:String = param:title:String', {}, 'monitor (@com.xkcd.get_comic()) => @com.twitter.post(status=title);'],
    ['now => ( @com.gmail.inbox ) filter param:a == 1 or not param:b == 2 and param:c == 3 => notify', {}, 'now => (@com.gmail.inbox()), (a == 1 || !(b == 2)) && c == 3 => notify;'],
    ['now => @x.y param:t = " hello world " param:h = " cats " ^^tt:hashtag param:g = " alphabet " ^^tt:stock_id', {}, 'now => @x.y(t="hello world", h="cats"^^tt:hashtag, g=null^^tt:stock_id("alphabet"));'],
    ['now => @x.y param:l = LOCATION_0 param:c = CURRENCY_0 param:d = DURATION_0 param:m = MEASURE_C_0', { LOCATION_0: { latitude: 1, longitude: 2, display: null }, CURRENCY_0: { value: 3, unit: 'EUR' }, DURATION_0: { value: 4, unit: 'h' }, MEASURE_C_0: { value: 5, unit: 'F' } }, 'now => @x.y(l=new Location(1, 2), c=new Currency(3, eur), d=4h, m=5F);'],
    ['executor = USERNAME_0 : now => @com.xkcd.get_comic => return', { USERNAME_0: 'bob' }, 'executor = "bob"^^tt:username : {\n  now => @com.xkcd.get_comic() => return;\n}'],
  ])('%s', (nn, entities, tt) => {
    expect(print(fromNN(nn, entities))).toBe(tt);
  });

  it('accepts the token array and the seed example', () => {
    expect(print(fromNN(['bookkeeping', 'special', 'special:help'], {}))).toBe('bookkeeping(help);');
    expect(print(fromNN('bookkeeping answer QUOTED_STRING_0', { QUOTED_STRING_0: 'lol' }))).toBe('bookkeeping(answer("lol"));');
  });

  it('reads dates written as new Date ( "ISO" ) and functions as tt:function entities', () => {
    expect(print(fromNN('now => @org.example.all.act param:d:Date = new Date ( " 2020-02-03T04:05:06.000Z " )', {}))).toBe(
      'now => @org.example.all.act(d=new Date("2020-02-03T04:05:06.000Z"));',
    );
    expect(print(fromNN('bookkeeping answer @com.xkcd.get_comic', {}))).toBe('bookkeeping(answer("com.xkcd:get_comic"^^tt:function));');
    expect(toNN(parse('bookkeeping(answer("com.xkcd:get_comic"^^tt:function));'), '', {}, { schemas }).join(' ')).toBe('bookkeeping answer @com.xkcd.get_comic');
  });

  it('writes exact instants without a DATE entity as new Date ( QUOTED_STRING )', () => {
    const program = parse('now => @org.example.all.act(d=new Date("2020-02-03T04:05:06.000Z"));');
    const entities = { QUOTED_STRING_0: '2020-02-03T04:05:06.000Z' };
    expect(toNN(program, '', entities, { schemas }).join(' ')).toBe('now => @org.example.all.act param:d:Date = new Date ( QUOTED_STRING_0 )');
  });

  it('uses the value a SLOT entity carries', () => {
    const program = fromNN('now => @com.xkcd.get_comic param:number:Number = SLOT_0 => notify', { SLOT_0: { type: 'Number', value: 7 } });
    expect(print(program)).toBe('now => @com.xkcd.get_comic(number=7) => notify;');
  });

  it('turns SLOT placeholders into $? and completes DATE entities with today', () => {
    expect(print(fromNN('now => @com.twitter.post param:status:String = SLOT_0', {}))).toBe('now => @com.twitter.post(status=$?);');
    const program = fromNN('now => @org.example.all.act param:d:Date = DATE_0', { DATE_0: { year: -1, month: -1, day: 25, hour: -1, minute: -1, second: -1 } }, { today });
    expect(print(program)).toBe('now => @org.example.all.act(d=new Date(2020, 5, 25));');
  });

  it.each([
    ['now => @com.twitter.post param:status:String = QUOTED_STRING_0', {}, 'Syntax error at 1:48: entity QUOTED_STRING_0 is not in the entity map'],
    ['now => @com.twitter.post param:status:String = QUOTED_STRING_0', { QUOTED_STRING_0: 5 }, 'invalid value for entity QUOTED_STRING_0: 5'],
    ['now => @com.xkcd.get_comic =>', {}, 'Syntax error at 1:31: expected "notify", "return" or an action, found end of input'],
    ['now => @com.xkcd.get_comic => notify extra', {}, 'Syntax error at 1:38: expected end of input, found "extra"'],
    ['monitor @com.xkcd.get_comic => notify', {}, 'Syntax error at 1:9: expected "(", found "@com.xkcd.get_comic"'],
    ['bookkeeping special yes', {}, 'expected "special:name", found "yes"'],
    ['now => @org.example.all.act param:d:Date = DATE_0', { DATE_0: { year: -1, month: 5, day: 1 } }, 'invalid value for entity DATE_0'],
  ])('rejects %s', (nn, entities, message) => {
    expect(() => fromNN(nn, entities)).toThrow(message);
  });
});
