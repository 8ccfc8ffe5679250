import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { Schemas } from '../schema/schemas.js';
import { testSchemas } from '../testing/testSchemas.js';
import { typeCheck } from './typeCheck.js';

const schemas = testSchemas();
const check = (source: string, requireComplete = false): string => print(typeCheck(parse(source), schemas, { requireComplete }));

describe('typeCheck accepts well-typed programs', () => {
  it.each([
    'now => @com.xkcd.get_comic() => notify;',
    'now => @com.xkcd(id="com.xkcd").get_comic(number=42) => notify;',
    'monitor (@com.xkcd.get_comic()) => notify;',
    'monitor (@com.xkcd.get_comic()) on new [title] => @com.twitter.post(status=title);',
    'now => @com.twitter.post(status="lol");',
    'now => (@com.gmail.inbox()), is_important == true && contains(labels, "work") => notify;',
    'now => (@com.gmail.inbox()), sender_address == "bob@example.com"^^tt:email_address => notify;',
    'now => (@com.twitter.search(query="x")), contains(hashtags, "cat"^^tt:hashtag) || author == "bob"^^tt:username => notify;',
    'now => (@com.twitter.search(query="x")), text =~ "cat" && starts_with(text, "a") => notify;',
    'now => (@org.thingpedia.weather.current(location=$context.location.home)), temperature >= 70F => notify;',
    'now => (@org.thingpedia.weather.current(location=new Location(1, 2))), status == enum(sunny) => notify;',
    'edge (monitor (@org.thingpedia.weather.current(location=$context.location.home))) on temperature <= 5C => notify;',
    'now => aggregate count of (@com.gmail.inbox()) => notify;',
    'now => aggregate avg file_size of (@com.google.drive.list_drive_files()) => notify;',
    'now => aggregate max file_size as biggest of (@com.google.drive.list_drive_files()) => notify;',
    'now => sort file_size desc of (@com.google.drive.list_drive_files()) => notify;',
    'now => (sort created_time asc of (@com.google.drive.list_drive_files()))[1 : 3] => notify;',
    'now => (@com.google.drive.list_drive_files())[1, -1] => notify;',
    'now => [file_name] of (@com.google.drive.list_drive_files(order_by=enum(created_time_increasing))) => notify;',
    'now => compute (distance(geo, $context.location.current_location)) of (@com.nytimes.get_front_page()) => notify;',
    'now => (@com.nytimes.get_front_page() join @com.yandex.translate.translate() on (text=title)) => notify;',
    '(timer(base=new Date(), interval=1h) => @com.xkcd.get_comic()) => notify;',
    '(monitor (@com.xkcd.get_comic()) => @com.yandex.translate.translate() on (text=title)) => @com.twitter.post(status=translated_text);',
    'attimer(time=new Time(8, 30)) => @org.thingpedia.builtin.thingengine.builtin.say(message="wake up");',
    'monitor (@com.xkcd.get_comic()) => @org.thingpedia.builtin.thingengine.builtin.say(message=$event);',
    'now => (@com.gmail.inbox()), @org.thingpedia.weather.current(location=$context.location.home) { temperature >= 20C } => notify;',
    'let query q(p_number : Number) := @com.xkcd.get_comic(number=p_number);\nnow => q(p_number=5) => notify;\nmonitor (q(p_number=6)) => notify;',
    'let stream s := monitor (@com.xkcd.get_comic());\ns() => notify;',
    'let action a(p : String) := @com.twitter.post(status=p);\nnow => a(p="hi");',
    'let result r := @com.xkcd.get_comic();\nnow => r() => notify;',
    'let query q(p_indices : Array(Number)) := (@com.gmail.inbox())[p_indices];\nnow => (@com.gmail.inbox())[[1, 2]] => notify;',
    'let procedure p(p_status : String) := { now => @com.twitter.post(status=p_status); now => @com.xkcd.get_comic() => notify; };\nnow => p(p_status="x");',
    'oninput => { @com.xkcd.get_comic() => notify; @com.twitter.post(status="x"); }',
    'executor = "bob"^^tt:username : {\n  now => @com.xkcd.get_comic() => return;\n}',
    'source == "bob"^^tt:username : @com.xkcd.get_comic, number >= 100 => notify;',
    'true : now => @com.twitter.post, status =~ "lol";',
    'bookkeeping(answer(42));',
    'class @org.example {\n  query q(out x: Number);\n}\nnow => (@org.example.q()), x >= 2 => notify;',
    'class @foo.bar {\n  query q1(out a: Number);\n  query q2 extends q1(out b: String);\n}\nnow => (@foo.bar.q2()), a >= 0 && b =~ "foo" => notify;',
    'dataset @com.xkcd language "en" {\n  query (p_number : Number) := @com.xkcd.get_comic(number=p_number) #_[utterances=["xkcd ${p_number}"]];\n}',
  ])('%s', (source) => {
    expect(check(source)).toBe(print(parse(source)));
  });
});

describe('typeCheck completes missing required parameters with $?', () => {
  it.each([
    ['now => @com.twitter.post();', 'now => @com.twitter.post(status=$?);'],
    ['now => @com.twitter.post_picture(caption="x");', 'now => @com.twitter.post_picture(caption="x", picture_url=$?);'],
    ['now => (@com.nytimes.get_front_page() join @com.yandex.translate.translate()) => notify;', 'now => (@com.nytimes.get_front_page() join @com.yandex.translate.translate(text=$?)) => notify;'],
  ])('%s', (source, completed) => {
    expect(check(source)).toBe(completed);
  });
});

describe('type errors', () => {
  it.each([
    ['now => @com.xkcd.nope() => notify;', 'Class com.xkcd has no query nope'],
    ['now => @com.xkcd.get_comic();', 'Class com.xkcd has no action get_comic'],
    ['now => @com.foo.bar() => notify;', 'Class com.foo does not exist'],
    ['now => @com.xkcd.get_comic(nope=1) => notify;', 'Invalid input parameter nope for @com.xkcd.get_comic'],
    ['now => @com.xkcd.get_comic(title="x") => notify;', 'Invalid input parameter title for @com.xkcd.get_comic'],
    ['now => @com.xkcd.get_comic(number=1, number=2) => notify;', 'Duplicate input parameter number for @com.xkcd.get_comic'],
    ['now => @com.xkcd.get_comic(number="one") => notify;', 'Wrong type for parameter number of @com.xkcd.get_comic: expected Number, got "one" of type String'],
    ['now => @light-bulb.set_power(power=enum(dim));', 'Wrong type for parameter power of @light-bulb.set_power: expected Enum(on, off), got enum(dim) of type Enum(dim)'],
    ['now => (@org.thingpedia.weather.current(location=$context.location.home)), temperature >= 5byte => notify;', 'Cannot compare parameter temperature of type Measure(C) with >= to a value of type Measure(byte)'],
    ['now => (@com.xkcd.get_comic()), nope == 1 => notify;', 'Invalid filter parameter nope'],
    ['now => (@com.xkcd.get_comic()), title >= 1 => notify;', 'Invalid operator >= for parameter title of type String'],
    ['now => (@com.xkcd.get_comic()), contains(title, "x") => notify;', 'Invalid operator contains for parameter title of type String'],
    ['now => @x.y(p=5parsecs);', 'Class x does not exist'],
    ['now => @com.twitter.post(status=title);', 'Undefined variable title'],
    ['monitor (@com.nytimes.get_front_page()) => notify;', 'Cannot monitor @com.nytimes.get_front_page(): it is not a monitorable query'],
    ['now => [nope] of (@com.xkcd.get_comic()) => notify;', 'Invalid field nope in projection'],
    ['now => aggregate sum title of (@com.xkcd.get_comic()) => notify;', 'Cannot compute sum of title of type String'],
    ['now => sort nope asc of (@com.xkcd.get_comic()) => notify;', 'Invalid field nope in sort'],
    ['now => (@com.xkcd.get_comic())["x"] => notify;', 'Wrong type for index: expected Number, got "x" of type String'],
    ['timer(base=new Time(1, 0), interval=1h) => notify;', 'Wrong type for base: expected Date, got new Time(1, 0) of type Time'],
    ['timer(base=new Date(), interval=1m) => notify;', 'Wrong type for interval: expected Measure(ms), got 1m of type Measure(m)'],
    ['now => notify;', 'notify requires a query or a stream before it'],
    ['now => q() => notify;', 'q is not declared'],
    ['let stream s := monitor (@com.xkcd.get_comic());\nnow => s() => notify;', 's is a stream, not a query'],
    ['now => (@com.nytimes.get_front_page() join @com.yandex.translate.translate() on (nope=title)) => notify;', 'Invalid join parameter nope'],
    ['now => @com.twitter.post(status=6ft + 3kg);', 'Cannot add measures of different units in 6ft + 3kg'],
    ['class @org.example {\n  query q(out x: Nmber);\n}', 'Invalid type Nmber for parameter x of @org.example.q'],
    ['true : @com.xkcd.nope => notify;', 'Class com.xkcd has no query nope'],
    ['now => @com.twitter.post(status=$event);', '$event requires a query or a stream before the action'],
    ['let procedure p := { monitor (@com.xkcd.get_comic()) => notify; };', 'Procedure p cannot contain a rule: procedures run once, like commands'],
    ['let query q(p : Nmber) := @com.xkcd.get_comic();', 'Invalid type Nmber for argument p'],
    ['class @org.example {\n  monitorable query q(out x: Number) #[poll_interval=10];\n}', 'Invalid #[poll_interval] of @org.example.q: expected a duration such as 1h'],
    ['now => (@com.gmail.inbox())[[1, 2], 3] => notify;', 'Wrong type for index: expected Number, got [1, 2] of type Array(Number)'],
  ])('%s', (source, message) => {
    expect(() => typeCheck(parse(source), schemas)).toThrow(message);
  });

  it('reports the error as a TypeError', () => {
    expect(() => check('now => @com.xkcd.nope() => notify;')).toThrow(expect.objectContaining({ name: 'TypeError' }));
  });

  it('requires device selections and values when asked to', () => {
    expect(() => check('now => @com.xkcd.get_comic() => notify;', true)).toThrow('Missing device selection for @com.xkcd.get_comic');
    expect(() => check('now => @com.twitter(id="t").post();', true)).toThrow('Missing value for status of @com.twitter.post');
    expect(check('now => @com.twitter(id="t").post(status="x");', true)).toBe('now => @com.twitter(id="t").post(status="x");');
  });
});

describe('type error positions', () => {
  it('locates an unknown function and a wrong parameter in the source, keeping the message as it was', () => {
    const schemas = Schemas.fromText('class @com.xkcd { query get_comic(in opt number: Number, out title: String); }');
    const failure = (source: string): unknown => {
      try {
        typeCheck(parse(source), schemas);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(failure('now => @com.xkcd.nope() => notify;')).toMatchObject({
      message: 'Class com.xkcd has no query nope',
      position: { line: 1, column: 8 },
    });
    expect(failure('now =>\n @com.xkcd.get_comic(\n   number="x") => notify;')).toMatchObject({
      message: expect.stringContaining('Wrong type for parameter number'),
      position: { line: 3, column: 4 },
    });
  });
});
