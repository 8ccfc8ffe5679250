import { describe as suite, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { describe } from './describe.js';
import { programName } from './programName.js';
import { testClasses } from './testClasses.js';

const classes = testClasses();
const SAY = '@org.thingpedia.builtin.thingengine.builtin.say';
const DRIVE = '@com.google.drive.list_drive_files()';

// [program, description, program name]: the reference's wording (thingtalk test_describe.js), checked against
// thingtalk@1.10.0: filters of queries read "such that", filters of monitored queries and streams "if".
const CASES: readonly (readonly [string, string, string])[] = [
  ['now => @com.twitter.post(status=$?);', 'tweet ____', 'Twitter'],
  ['monitor (@com.twitter.home_timeline()) => @com.twitter.post(status=text);', 'tweet the text when tweets from anyone you follow change', 'Twitter ⇒ Twitter'],
  [`attimer(time=new Time(8, 30)) => ${SAY}(message=$?);`, 'send me a message ____ every day at 8:30 AM', 'Say'],
  [`attimer(time=new Time(20, 30)) => ${SAY}(message=$?);`, 'send me a message ____ every day at 8:30 PM', 'Say'],
  [`attimer(time=new Time(0, 0)) => ${SAY}(message=$?);`, 'send me a message ____ every day at 12:00 AM', 'Say'],
  [`attimer(time=new Time(12, 0)) => ${SAY}(message=$?);`, 'send me a message ____ every day at 12:00 PM', 'Say'],
  [`attimer(time=[new Time(9, 0), new Time(15, 0)]) => ${SAY}(message="it's 9am or 3pm");`, 'send me a message “it\'s 9am or 3pm” every day at 9:00 AM and 3:00 PM', 'Say'],
  [`attimer(time=[$context.time.morning]) => ${SAY}(message="hi");`, 'send me a message “hi” every day at the morning', 'Say'],
  [`timer(base=new Date(), interval=2h) => ${SAY}(message="hi");`, 'send me a message “hi” every 2 h', 'Say'],
  [`timer(base=new Date(), interval=2h, frequency=2) => ${SAY}(message="hi");`, 'send me a message “hi” twice every 2 h', 'Say'],
  ['now => @com.xkcd.get_comic() => notify;', 'get an Xkcd comic and then notify you', 'Xkcd'],
  ['now => @com.xkcd.get_comic(number=42) => notify;', 'get an Xkcd comic with number equal to 42 and then notify you', 'Xkcd'],
  ['now => @com.xkcd.get_comic(number=$?) => notify;', 'get an Xkcd comic with number equal to ____ and then notify you', 'Xkcd'],
  ['now => @com.xkcd.get_comic() => return;', 'get an Xkcd comic and then send it to me', 'Xkcd'],
  ['monitor (@com.xkcd.get_comic()) => notify;', 'notify you when an Xkcd comic changes', 'Xkcd'],
  ['monitor (@com.xkcd.get_comic()) => return;', 'send it to me when an Xkcd comic changes', 'Xkcd'],
  ['now => @org.thingpedia.weather.current(location=$context.location.current_location) => notify;', 'get the current weather for here and then notify you', 'Weather'],
  ['now => @org.thingpedia.weather.current(location=$context.location.home) => notify;', 'get the current weather for at home and then notify you', 'Weather'],
  ['now => @org.thingpedia.weather.current(location=new Location(37, -137)) => notify;', 'get the current weather for [Latitude: 37 deg, Longitude: -137 deg] and then notify you', 'Weather'],
  ['now => @org.thingpedia.weather.current(location=new Location(37, -137, "Somewhere")) => notify;', 'get the current weather for Somewhere and then notify you', 'Weather'],
  ['now => (@com.instagram.get_pictures()), in_array(caption, ["foo", "bar"]) => notify;', 'get your recent Instagram pictures that have caption “foo” or “bar” and then notify you', 'Instagram'],
  ['now => (@com.instagram.get_pictures()), contains(hashtags, "foo"^^tt:hashtag) => notify;', 'get your recent Instagram pictures that have hashtags #foo and then notify you', 'Instagram'],
  ['now => @com.yandex.translate.translate(target_language="zh"^^tt:iso_lang_code, text="hello") => @com.facebook.post(status=$event);', 'get the translation of “hello” to zh and then post the result on Facebook', 'Yandex Translate ⇒ Facebook'],
  ['now => @com.yandex.translate.translate(target_language="zh"^^tt:iso_lang_code) => @com.facebook.post(status=$event.type);', 'get the translation of ____ to zh and then post the device type on Facebook', 'Yandex Translate ⇒ Facebook'],
  ['now => @com.yandex.translate.translate(target_language="zh"^^tt:iso_lang_code("Chinese")) => @com.facebook.post(status=$event.program_id);', 'get the translation of ____ to Chinese and then post the program ID on Facebook', 'Yandex Translate ⇒ Facebook'],
  ['monitor (@com.xkcd.get_comic()) join @com.yandex.translate.translate(target_language="zh"^^tt:iso_lang_code("Chinese")) on (text=title) => @com.facebook.post(status=$event);', 'do the following: when an Xkcd comic changes, get the translation of the title to Chinese, and then post the result on Facebook', 'Xkcd ⇒ Yandex Translate ⇒ Facebook'],
  ['monitor ((@com.xkcd.get_comic()), title =~ "lol") => notify;', 'notify you when an Xkcd comic changes if the title contains “lol”', 'Xkcd'],
  ['monitor ((@com.xkcd.get_comic()), title =~ "lol") => @com.facebook.post(status=link);', 'post the link on Facebook when an Xkcd comic changes if the title contains “lol”', 'Xkcd ⇒ Facebook'],
  ['monitor ((@com.gmail.inbox()), contains(labels, "work")) => @com.facebook.post(status=snippet);', 'post the snippet on Facebook when the emails in your GMail inbox change if the labels contain “work”', 'Gmail ⇒ Facebook'],
  ['monitor ((@com.gmail.inbox()), !contains(labels, "work")) => @com.facebook.post(status=snippet);', 'post the snippet on Facebook when the emails in your GMail inbox change if the labels do not contain “work”', 'Gmail ⇒ Facebook'],
  ['now => @org.thingpedia.builtin.thingengine.phone.sms() => notify;', 'get your SMS and then notify you', 'Phone'],
  ['now => @org.thingpedia.builtin.thingengine.phone.set_ringer(mode=enum(vibrate));', 'set your phone to vibrate', 'Phone'],
  ['now => (@com.bing.web_search() join @com.yandex.translate.translate(target_language="it"^^tt:iso_lang_code("Italian")) on (text=$event)) => notify;', 'get websites matching ____ on Bing and the translation of the result to Italian and then notify you', 'Bing ⇒ Yandex Translate'],
  ['monitor ((@com.yahoo.finance.get_stock_quote(stock_id="goog"^^tt:stock_id("Alphabet, Inc."))), ask_price >= new Currency(100, usd)) => notify;', 'notify you when the stock price of Alphabet, Inc. changes if the ask price is greater than or equal to $100.00', 'Yahoo Finance'],
  ['now => [ask_price] of (@com.yahoo.finance.get_stock_quote(stock_id="goog"^^tt:stock_id("Alphabet, Inc."))) => notify;', 'get the ask price of the stock price of Alphabet, Inc. and then notify you', 'Yahoo Finance'],
  ['now => [ask_price, bid_price] of (@com.yahoo.finance.get_stock_quote(stock_id="goog"^^tt:stock_id("Alphabet, Inc."))) => notify;', 'get the ask price and bid price of the stock price of Alphabet, Inc. and then notify you', 'Yahoo Finance'],
  [`now => aggregate avg file_size of (${DRIVE}) => notify;`, 'get the average file size in files in your Google Drive and then notify you', 'Google Drive'],
  [`now => aggregate min file_size of (${DRIVE}) => notify;`, 'get the minimum file size in files in your Google Drive and then notify you', 'Google Drive'],
  [`now => aggregate max file_size of (${DRIVE}) => notify;`, 'get the maximum file size in files in your Google Drive and then notify you', 'Google Drive'],
  [`now => aggregate sum file_size of (${DRIVE}) => notify;`, 'get the sum of the file size in files in your Google Drive and then notify you', 'Google Drive'],
  [`now => aggregate count file_name of (${DRIVE}) => notify;`, 'get the number of file names in files in your Google Drive and then notify you', 'Google Drive'],
  [`now => aggregate count of (${DRIVE}) => notify;`, 'get the number of files in your Google Drive and then notify you', 'Google Drive'],
  [`now => (sort file_size asc of (${DRIVE}))[1] => notify;`, 'get the files in your Google Drive with the minimum file size and then notify you', 'Google Drive'],
  [`now => (sort file_size desc of (${DRIVE}))[-1] => notify;`, 'get the files in your Google Drive with the minimum file size and then notify you', 'Google Drive'],
  [`now => (sort file_size desc of (${DRIVE}))[1] => notify;`, 'get the files in your Google Drive with the maximum file size and then notify you', 'Google Drive'],
  [`now => (sort file_size asc of (${DRIVE}))[-1 : 5] => notify;`, 'get the 5 files in your Google Drive with the maximum file size and then notify you', 'Google Drive'],
  [`now => (sort file_size asc of (${DRIVE}))[1 : 5] => notify;`, 'get the 5 files in your Google Drive with the minimum file size and then notify you', 'Google Drive'],
  [`now => (sort file_size desc of (${DRIVE}))[1 : $?] => notify;`, 'get the ____ files in your Google Drive with the maximum file size and then notify you', 'Google Drive'],
  [`now => (${DRIVE})[1] => notify;`, 'get the first files in your Google Drive and then notify you', 'Google Drive'],
  [`now => (${DRIVE})[-1] => notify;`, 'get the last files in your Google Drive and then notify you', 'Google Drive'],
  [`now => (${DRIVE})[$?] => notify;`, 'get the files in your Google Drive with index ____ and then notify you', 'Google Drive'],
  [`now => (${DRIVE})[1 : $?] => notify;`, 'get the first ____ files in your Google Drive and then notify you', 'Google Drive'],
  [`now => (${DRIVE})[-1 : 5] => notify;`, 'get the last 5 files in your Google Drive and then notify you', 'Google Drive'],
  [`now => (${DRIVE})[2 : 5] => notify;`, 'get 5 elements starting from 2 of the files in your Google Drive and then notify you', 'Google Drive'],
  [`now => (${DRIVE})[1, 2, 7] => notify;`, 'get elements 1, 2, and 7 of the files in your Google Drive and then notify you', 'Google Drive'],
  [`now => [file_name] of (sort file_size asc of (${DRIVE})) => notify;`, 'get the file name of the files in your Google Drive sorted by increasing file size and then notify you', 'Google Drive'],
  // checked against thingtalk@1.10.0: frequencies 1 and 2, coordinates with at most 3 decimals, lists of two
  [`timer(base=new Date(), interval=2h, frequency=1) => ${SAY}(message="hi");`, 'send me a message “hi” every 2 h', 'Say'],
  [`timer(base=new Date(), interval=2h, frequency=3) => ${SAY}(message="hi");`, 'send me a message “hi” 3 times every 2 h', 'Say'],
  ['now => @org.thingpedia.weather.current(location=new Location(37.12345, -137.5)) => notify;', 'get the current weather for [Latitude: 37.123 deg, Longitude: -137.5 deg] and then notify you', 'Weather'],
  [`now => (${DRIVE})[1, 2] => notify;`, 'get elements 1 and 2 of the files in your Google Drive and then notify you', 'Google Drive'],
  [`attimer(time=$?) => @com.twitter.post();`, 'tweet ____ every day at ____', 'Twitter'],
  // AC tests/website/test_my_api.js
  ['now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").get_data(count=2, size=10byte) => notify;', 'get generate 10 byte of fake data with count equal to 2 and then notify you', 'Test'],
  ['now => @com.thecatapi(id="com.thecatapi").get() => notify;', 'get a cat picture and then notify you', 'Thecatapi'],
];

suite('describe (reference wording)', () => {
  it.each(CASES)('%s', (code, description, name) => {
    const program = parse(code);
    expect(describe(program, classes)).toBe(description);
    if (program.type === 'Program') expect(programName(program)).toBe(name);
  });
});

suite('describe (other program shapes)', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['edge (monitor (@com.xkcd.get_comic())) on title =~ "cat" => notify;', 'notify you when an Xkcd comic changes and it becomes true that the title contains “cat”'],
    ['(monitor (@com.xkcd.get_comic())), title =~ "cat" => notify;', 'notify you when an Xkcd comic changes if the title contains “cat”'],
    ['[title] of (monitor (@com.xkcd.get_comic())) => notify;', 'notify you the title of when an Xkcd comic changes'],
    ['timer(base=new Date(2024, 1, 1), interval=1h) => notify;', 'notify you every 1 h starting 1/1/2024'],
    ['attimer(time=new Time(7, 0), expiration_date=new Date(2024, 3, 1)) => notify;', 'notify you every day at 7:00 AM until 3/1/2024'],
    ['now => compute distance(geo, $context.location.home) of (@com.xkcd.get_comic()) => notify;', 'get an Xkcd comic and the distance between the geo and at home and then notify you'],
    ['now => (@com.xkcd.get_comic()), number >= 10 && !(title == "x") || title =~ "y" => notify;', 'get an Xkcd comic such that the number is greater than or equal to 10 and the title is not equal to “x” or the title contains “y” and then notify you'],
    ['now => @com.xkcd.what_if(), updated_time >= new Date() - 1week => notify;', 'get Xkcd\'s What If blog posts such that the updated time is after 1 week before now and then notify you'],
    ['now => { @org.thingpedia.builtin.thingengine.builtin.say(message="a"); @org.thingpedia.builtin.test.eat_data(data="b"); };', 'send me a message “a”, consume “b”'],
    ['let query q := @com.xkcd.get_comic(); now => q() => notify;', 'let q be an Xkcd comic; get q and then notify you'],
    ['executor = "bob"^^tt:username : now => @com.xkcd.get_comic() => notify;', 'tell @bob: get an Xkcd comic and then notify you'],
    ['now => (@com.xkcd.get_comic()), @org.thingpedia.builtin.thingengine.builtin.get_time() { time >= new Time(9, 0) } => notify;', 'get an Xkcd comic such that the current time is after 9:00 AM and then notify you'],
    ['now => @org.thingpedia.builtin.test.get_data(size=2KB + 500byte) => notify;', 'get generate 2 KB 500 byte of fake data and then notify you'],
    ['let result r := @com.xkcd.get_comic(); now => r() => notify;', 'let r be an Xkcd comic; get r and then notify you'],
    ['let stream s := monitor (@com.xkcd.get_comic()); s() => notify;', 'let s be when an Xkcd comic changes; notify you s'],
    ['let action a(p_m : String) := @org.thingpedia.builtin.thingengine.builtin.say(message=p_m); now => a(p_m="x");', 'let a be send me a message the m; a'],
    ['oninput => { @com.xkcd.get_comic() => notify #_[utterances=["x"]]; @org.thingpedia.builtin.test.eat_data(data=$?); };', 'get an Xkcd comic and then notify you; consume ____'],
    ['edge (monitor (@com.xkcd.get_comic())) on new => notify;', 'notify you when an Xkcd comic changes'],
    ['edge ((monitor (@com.xkcd.get_comic())), title =~ "a") on new => notify;', 'notify you when an Xkcd comic changes if the title contains “a” and the result changes'],
    ['compute number + 1 of (monitor (@com.xkcd.get_comic())) => notify;', 'notify you when an Xkcd comic changes and the number plus 1'],
    ['now => @com.xkcd.get_comic() => @org.thingpedia.builtin.thingengine.builtin.say(message=alt_text);', 'get an Xkcd comic and then send me a message the alt text'],
    ['now => @org.thingpedia.builtin.thingengine.builtin.canned_reply(intent=enum(thank_you)) => notify;', 'get a canned reply for thank you and then notify you'],
    ['now => @org.thingpedia.builtin.thingengine.builtin.get_random_between(low=1, high=$?) => notify;', 'get a random number with low equal to 1 and high equal to ____ and then notify you'],
    ['true : @com.xkcd.get_comic => notify;', 'anyone is allowed to read an Xkcd comic'],
    ['source == "bob"^^tt:username : now => @org.thingpedia.builtin.test.eat_data, data =~ "x";', '@bob is allowed to consume any data if the data contains “x”'],
    ['source == "bob"^^tt:username : @com.xkcd.* => *;', '@bob is allowed to read your Xkcd and then perform any action with it'],
    ['bookkeeping(yes);', 'yes'],
    ['bookkeeping(nevermind);', 'cancel'],
    ['bookkeeping(commands(category="online-account"));', 'list the commands of ____, in category online-account'],
    ['bookkeeping(commands(device="com.twitter"^^tt:device("Twitter"), category="social-network"));', 'list the commands of Twitter, in category social-network'],
    ['bookkeeping(answer(42));', '42'],
    ['bookkeeping(choice(0));', 'choice number 1'],
  ];
  it.each(cases)('%s', (code, description) => {
    expect(describe(parse(code), classes)).toBe(description);
  });

  it('shows absolute dates as written and instants in the user time zone', () => {
    const code = 'now => @com.xkcd.what_if(), updated_time >= new Date(2024, 5, 1, 10, 30, 0) && updated_time <= new Date("2024-06-02T00:00:00.000Z") => notify;';
    expect(describe(parse(code), classes, { timeZone: 'America/Los_Angeles' })).toBe(
      "get Xkcd's What If blog posts such that the updated time is after 5/1/2024, 10:30:00 AM and the updated time is before 6/1/2024, 5:00:00 PM and then notify you",
    );
  });

  it('refuses to describe class definitions', () => {
    expect(() => describe(parse('class @a.b { action c(); }'), classes)).toThrow('no description');
  });
});
