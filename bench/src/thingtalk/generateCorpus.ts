// Builds the benchmark corpus deterministically: program templates × devices × values, covering the
// ThingTalk 1.x grammar (commands, rules, monitors, timers, edges, filters with every operator,
// projections, compute, aggregates, sort/index/slice, joins, declarations, oninput, executor,
// permission rules, bookkeeping, classes and datasets). Run this file to rewrite corpus/programs.tt.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '@parley/thingtalk';

interface Query {
  readonly call: string;
  readonly input: string;
  readonly inputValue: string;
  readonly text: string;
  readonly number: string;
}

const QUERIES: readonly Query[] = [
  { call: '@com.xkcd.get_comic', input: 'number', inputValue: '1234', text: 'title', number: 'number' },
  { call: '@com.thecatapi(id="com.thecatapi").get', input: 'count', inputValue: '3', text: 'image_id', number: 'count' },
  { call: '@com.bing.web_search', input: 'query', inputValue: '"stanford"', text: 'title', number: 'rank' },
  { call: '@com.google.drive.list_drive_files', input: 'folder', inputValue: '"work"', text: 'file_name', number: 'file_size' },
  { call: '@com.yahoo.finance.get_stock_quote', input: 'stock_id', inputValue: '"goog"^^tt:stock_id("Alphabet, Inc.")', text: 'name', number: 'ask_price' },
  { call: '@org.thingpedia.weather.current', input: 'location', inputValue: '$context.location.home', text: 'status', number: 'temperature' },
  { call: '@org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").get_data', input: 'size', inputValue: '10byte', text: 'data', number: 'count' },
  { call: '@com.gmail.inbox', input: 'label', inputValue: '"inbox"', text: 'snippet', number: 'size' },
];

const ACTIONS: readonly (readonly [string, string])[] = [
  ['@com.twitter.post', 'status'],
  ['@com.facebook.post', 'status'],
  ['@org.thingpedia.builtin.thingengine.builtin.say', 'message'],
  ['@org.thingpedia.builtin.test.eat_data', 'data'],
  ['@com.slack(id="com.slack-1").send', 'message'],
];

const WORDS = ['cat', 'lol', 'funny', 'stanford', 'weather', 'news'];
const NUMBERS = ['1', '3', '7', '42', '-1', '2.5'];
const VALUES = [
  '"hello world"',
  '42',
  '6ft + 3in',
  '70F',
  'enum(on)',
  'new Currency(25, usd)',
  'new Date(2019, 3, 12)',
  'new Date() - 1week',
  'start_of(week)',
  'end_of(day) + 2h',
  'new Time(8, 30)',
  '$context.time.morning',
  'new Location(37.442, -122.161, "Palo Alto")',
  '$context.location.current_location',
  '"@bob"^^tt:username("Bob")',
  '["a", "b", "c"]',
  'true',
  '$?',
];

type Template = (q: Query, i: number) => string;

const action = (i: number, value: string): string => {
  const [call, param] = ACTIONS[i % ACTIONS.length] ?? ACTIONS[0]!;
  return `${call}(${param}=${value})`;
};
const word = (i: number): string => WORDS[i % WORDS.length]!;
const num = (i: number): string => NUMBERS[i % NUMBERS.length]!;
const value = (i: number): string => VALUES[i % VALUES.length]!;
const other = (i: number): Query => QUERIES[(i + 3) % QUERIES.length]!;

const TEMPLATES: readonly Template[] = [
  (q) => `now => ${q.call}() => notify;`,
  (q) => `now => ${q.call}(${q.input}=${q.inputValue}) => return;`,
  (q, i) => `now => ${q.call}() => ${action(i, q.text)};`,
  (q, i) => `now => ${q.call}() => ${action(i, '$event')};`,
  (q, i) => `now => (${q.call}()), ${q.text} =~ "${word(i)}" => notify;`,
  (q, i) => `now => (${q.call}()), ${q.number} >= ${num(i)} && !(${q.text} == "${word(i)}") || ${q.number} <= 0 => notify;`,
  (q, i) => `now => (${q.call}()), starts_with(${q.text}, "${word(i)}") || ends_with(${q.text}, "s") => notify;`,
  (q, i) => `now => (${q.call}()), in_array(${q.text}, ["${word(i)}", "${word(i + 1)}"]) && contains(tags, "${word(i + 2)}") => notify;`,
  (q, i) => `now => (${q.call}()), ${q.text} ~= "${word(i)}" || prefix_of(${q.text}, "x") || suffix_of(${q.text}, "y") => notify;`,
  (q) => `now => [${q.text}, ${q.number}] of (${q.call}()) => notify;`,
  (q) => `now => aggregate count of (${q.call}()) => notify;`,
  (q, i) => `now => aggregate ${['max', 'min', 'sum', 'avg'][i % 4]} ${q.number} of (${q.call}()) => notify;`,
  (q) => `now => aggregate count ${q.text} of (${q.call}()) => notify;`,
  (q, i) => `now => (sort ${q.number} ${i % 2 === 0 ? 'asc' : 'desc'} of (${q.call}()))[1 : ${Math.abs(Number.parseInt(num(i), 10)) || 1}] => notify;`,
  (q, i) => `now => (${q.call}())[${num(i).replace('2.5', '2')}] => notify;`,
  (q) => `now => (${q.call}())[1, 2, 5] => notify;`,
  (q) => `now => compute ${q.number} + 1 as next of (${q.call}()) => notify;`,
  (q) => `now => compute distance(geo, $context.location.home) of (${q.call}()) => notify;`,
  (q, i) => `now => (${q.call}() join ${other(i).call}() on (${other(i).input}=${q.text})) => notify;`,
  (q) => `monitor (${q.call}()) => notify;`,
  (q, i) => `monitor (${q.call}()) on new [${q.text}] => ${action(i, q.text)};`,
  (q, i) => `monitor ((${q.call}()), ${q.text} =~ "${word(i)}") => notify;`,
  (q) => `edge (monitor (${q.call}())) on ${q.number} >= 10 => notify;`,
  (q) => `edge (monitor (${q.call}())) on new => return;`,
  (q, i) => `monitor (${q.call}()) join @com.yandex.translate.translate(target_language="it"^^tt:iso_lang_code("Italian")) on (text=${q.text}) => ${action(i, '$event')};`,
  (q, i) => `timer(base=new Date(), interval=${(i % 12) + 1}h) => ${q.call}() => notify;`,
  (q, i) => `timer(base=new Date(2020, 1, 1), interval=30min, frequency=${(i % 3) + 2}) => ${action(i, `"${word(i)}"`)};`,
  (q, i) => `attimer(time=new Time(${i % 24}, ${(i * 7) % 60})) => ${q.call}() => notify;`,
  (q, i) => `attimer(time=[new Time(9, 0), $context.time.evening], expiration_date=new Date(2030, 1, 1)) => ${action(i, '"reminder"')};`,
  (q, i) => `now => ${action(i, value(i))};`,
  (q, i) => `now => @org.thingpedia.builtin.thingengine.builtin.get_random_between(low=${i}, high=${i + 10}) => ${action(i, 'random')};`,
  (q, i) => `let query q${i} := ${q.call}(${q.input}=${q.inputValue});\nnow => q${i}() => notify;`,
  (q, i) => `let stream s${i} := monitor (${q.call}());\ns${i}() => notify;`,
  (q, i) => `let action a${i}(p_v : String) := ${action(i, 'p_v')};\nnow => ${q.call}() => a${i}(p_v=${q.text});`,
  (q, i) => `let result r${i} := ${q.call}();\nnow => r${i}() => notify;`,
  (q, i) => `executor = "bob"^^tt:username : now => ${q.call}() => ${i % 2 === 0 ? 'return' : 'notify'};`,
  (q, i) => `oninput => {\n  ${q.call}() => notify #_[utterances=["${word(i)}"]];\n  ${action(i, '$?')};\n};`,
  (q, i) => `source == "alice"^^tt:username : ${q.call.replace(/\(id="[^"]*"\)/, '')}, ${q.text} =~ "${word(i)}" => notify;`,
  (_q) => `true : now => ${(ACTIONS[0] ?? ['@com.twitter.post'])[0]};`,
  (q, i) => `now => (${q.call}()), @org.thingpedia.builtin.thingengine.builtin.get_time() { time >= new Time(${i % 24}, 0) } => notify;`,
];

const BOOKKEEPING = [
  'bookkeeping(yes);',
  'bookkeeping(no);',
  'bookkeeping(nevermind);',
  'bookkeeping(answer(42));',
  'bookkeeping(answer("some text"));',
  'bookkeeping(choice(2));',
  'bookkeeping(commands(category="media"));',
  'bookkeeping(commands(device="com.xkcd"^^tt:device, category="media"));',
  'bookkeeping(predicate(title =~ "cat"));',
];

function classDefinition(i: number): string {
  return `class @com.example.device${i} {
  import loader from @org.thingpedia.v2();
  import config from @org.thingpedia.config.none();

  monitorable list query get_items(in opt count: Number #_[prompt="How many?"], out title: String, out score: Measure(byte), out when: Date)
  #_[canonical="items of device ${i}"]
  #_[confirmation="the items of device ${i}"]
  #_[formatted=[{type="text",text="\${title}"}, {type="picture",url="\${picture_url}"}]]
  #[poll_interval=${(i + 1) * 60000}ms]
  #[doc="items"];

  action do_thing(in req what: Enum(on, off, toggle), in opt level: Number)
  #_[confirmation="turn $what device ${i}"];
}`;
}

function dataset(i: number, q: Query): string {
  return `dataset @com.example.device${i} language "en" {
  query (p_${q.input} :Number) := ${q.call}(${q.input}=p_${q.input})
  #_[utterances=["the ${word(i)} with \${p_${q.input}}", "${word(i + 1)} \${p_${q.input}}"]];

  stream := monitor (${q.call}())
  #_[utterances=["when ${word(i)} changes"]];
}`;
}

/** The corpus: every template with every query device, then bookkeeping, classes and datasets. */
export function generateCorpus(): string[] {
  const programs: string[] = [];
  let i = 0;
  for (const template of TEMPLATES) {
    for (const query of QUERIES) programs.push(template(query, i++));
  }
  programs.push(...BOOKKEEPING);
  for (let k = 0; k < 8; k++) programs.push(classDefinition(k), dataset(k, QUERIES[k % QUERIES.length]!));
  for (const program of programs) parse(program);
  return programs;
}

export const CORPUS_FILE = fileURLToPath(new URL('./corpus/programs.tt', import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const programs = generateCorpus();
  writeFileSync(CORPUS_FILE, `${programs.join('\n====\n')}\n`);
  console.log(`wrote ${programs.length} programs to ${CORPUS_FILE}`);
}
