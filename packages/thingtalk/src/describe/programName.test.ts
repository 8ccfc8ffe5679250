import { describe as suite, expect, it } from 'vitest';
import type { Program } from '../ast/index.js';
import { parseProgram } from '../parser/parse.js';
import { programName } from './programName.js';

const SAY = '@org.thingpedia.builtin.thingengine.builtin.say';
const XKCD = '@com.xkcd.get_comic()';

// [program shape, program, name]: the names thingtalk 1.10 `Describe.getProgramName` gives these programs (checked by
// running thingtalk@1.10.0). Every Thingpedia function called, in the order the program is read (declarations,
// statements, oninput choices; streams before their joined tables, tables before their actions); notify/return and
// timers add nothing; the engine's own devices are named after the function; declared names stay as written.
const SHAPES: readonly (readonly [string, string, string])[] = [
  ['query => notify', `now => ${XKCD} => notify;`, 'Xkcd'],
  ['query => return', `now => ${XKCD} => return;`, 'Xkcd'],
  ['monitor => notify', `monitor (${XKCD}) => notify;`, 'Xkcd'],
  ['action', 'now => @com.twitter.post(status="x");', 'Twitter'],
  ['monitor => action', 'monitor (@com.twitter.home_timeline()) => @com.twitter.post(status=text);', 'Twitter ⇒ Twitter'],
  ['attimer => builtin action', `attimer(time=new Time(8, 30)) => ${SAY}(message="x");`, 'Say'],
  ['timer => notify', 'timer(base=new Date(), interval=1h) => notify;', ''],
  ['builtin query', 'now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;', 'Get Time'],
  ['engine device (phone)', 'now => @org.thingpedia.builtin.thingengine.phone.sms() => notify;', 'Phone'],
  ['query join', `now => ${XKCD} join @com.yandex.translate.translate(target_language="zh"^^tt:iso_lang_code) on (text=title) => notify;`, 'Xkcd ⇒ Yandex Translate'],
  ['declared query', `let query q := ${XKCD}; now => q() => notify;`, 'Xkcd ⇒ q'],
  ['declared action', 'let action a := @com.twitter.post(status="x"); now => a();', 'Twitter ⇒ a'],
  ['declared stream', `let stream s := monitor (${XKCD}); s() => notify;`, 'Xkcd ⇒ s'],
  ['declared program (own scope)', `let program p := { now => ${XKCD} => notify; }; now => @com.twitter.post(status="x");`, 'Twitter'],
  ['assignment', `let result r := ${XKCD}; now => r => notify;`, 'Xkcd ⇒ r'],
  ['oninput', `oninput => { ${XKCD} => notify; @com.twitter.post(status="x"); }`, 'Xkcd ⇒ Twitter'],
  ['several actions', 'now => { @com.twitter.post(status="a"); @com.facebook.post(status="b"); };', 'Twitter ⇒ Facebook'],
  ['remote program', `executor = "bob"^^tt:username : now => ${XKCD} => notify;`, 'Xkcd'],
  ['edge filter', `edge (monitor (${XKCD})) on title =~ "x" => notify;`, 'Xkcd'],
  ['stream join', `(timer(base=new Date(), interval=1h) => ${XKCD}) => notify;`, 'Xkcd'],
  ['aggregate', 'now => aggregate count of (@com.google.drive.list_drive_files()) => notify;', 'Google Drive'],
  ['kind prefixes', 'now => @org.thingpedia.weather.current() => @io.home-assistant.light.set_power(power=enum(on));', 'Weather ⇒ Light'],
  // the reference throws a TypeError on external predicates (it reads a name they do not have); they are named by device
  ['external predicate', `now => (${XKCD}), @com.bing.web_search() { title =~ "x" } => notify;`, 'Xkcd ⇒ Bing'],
];

suite('programName (thingtalk 1.10 names for every program shape)', () => {
  it.each(SHAPES)('%s', (_shape, code, name) => {
    expect(programName(parseProgram(code) as Program)).toBe(name);
  });
});
