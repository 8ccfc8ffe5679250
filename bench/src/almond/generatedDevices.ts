// Synthetic Thingpedia devices for the parser's scaling measurement: N classes with queries, monitorable queries
// and actions whose canonical forms, parameters and dataset utterances are made of everyday English words (so
// that they share vocabulary with the commands and with each other, as real devices do).
import { parseLibrary, Schemas, type ClassDef, type Example } from '@parley/thingtalk';

const NOUNS = [
  'weather', 'news', 'photo', 'song', 'playlist', 'email', 'message', 'calendar', 'event', 'task', 'note', 'light',
  'door', 'camera', 'stock', 'price', 'recipe', 'movie', 'book', 'podcast', 'video', 'tweet', 'post', 'comment',
  'file', 'folder', 'temperature', 'alarm', 'reminder', 'flight', 'train', 'bus', 'traffic', 'score', 'game',
  'article', 'headline', 'forecast', 'humidity', 'battery', 'speaker', 'volume', 'channel', 'station', 'order',
  'package', 'delivery', 'invoice', 'balance', 'account', 'picture', 'quote', 'word', 'fact', 'image', 'number',
];
const ADJECTIVES = ['latest', 'new', 'random', 'daily', 'top', 'popular', 'current', 'recent', 'favorite', 'local', 'public', 'shared'];
const VERBS = ['send', 'post', 'play', 'turn on', 'turn off', 'set', 'open', 'close', 'lock', 'start', 'stop', 'share', 'delete', 'add', 'create'];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

/** The class and dataset of generated device `n` (`com.bench.d<n>`). */
function deviceSource(n: number): { classSource: string; datasetSource: string } {
  const kind = `com.bench.d${n}`;
  const noun = pick(NOUNS, n * 7 + 3);
  const other = pick(NOUNS, n * 11 + 5);
  const adjective = pick(ADJECTIVES, n * 5 + 1);
  const verb = pick(VERBS, n * 3 + 2);
  const brand = `brand${n}`;
  const classSource = `class @${kind} {
  import loader from @org.thingpedia.v2();
  import config from @org.thingpedia.config.none();
  monitorable list query ${noun}s(in opt count: Number #_[prompt="How many?"], out title: String, out value: Number)
  #_[canonical="${brand} ${noun}s"]
  #_[confirmation="the ${noun}s on ${brand}"]
  #[poll_interval=60000ms];
  query ${adjective}_${other}(in req name: String #_[prompt="Which one?"], out text: String, out size: Measure(byte))
  #_[canonical="${adjective} ${other} on ${brand}"]
  #_[confirmation="the ${adjective} ${other} named $name on ${brand}"];
  action ${verb.replace(' ', '_')}_${noun}(in req message: String #_[prompt="What?"], in opt delay: Measure(ms))
  #_[canonical="${verb} ${noun} on ${brand}"]
  #_[confirmation="${verb} the ${noun} $message on ${brand}"];
}`;
  const datasetSource = `dataset @${kind} language "en" {
  query := @${kind}.${noun}s()
  #_[utterances=["my ${noun}s on ${brand}", "${brand} ${noun}s", "the ${adjective} ${noun}s"]];
  query (p_count :Number) := @${kind}.${noun}s(count=p_count)
  #_[utterances=["\${p_count} ${noun}s from ${brand}"]];
  stream := monitor (@${kind}.${noun}s())
  #_[utterances=["when i get a new ${noun} on ${brand}", "when ${brand} has new ${noun}s"]];
  query (p_name :String) := @${kind}.${adjective}_${other}(name=p_name)
  #_[utterances=["the ${adjective} ${other} called \${p_name}", "${other} \${p_name} on ${brand}"]];
  action (p_message :String) := @${kind}.${verb.replace(' ', '_')}_${noun}(message=p_message)
  #_[utterances=["${verb} \${p_message} on ${brand}", "${verb} the ${noun} \${p_message}"]];
}`;
  return { classSource, datasetSource };
}

/** `count` generated device kinds with their class definitions and dataset examples. */
export function generatedDevices(count: number): { classDef: ClassDef; examples: Example[] }[] {
  return Array.from({ length: count }, (_unused, n) => {
    const { classSource, datasetSource } = deviceSource(n);
    const classDef = Schemas.fromText(classSource).getClass(`com.bench.d${n}`);
    if (classDef === undefined) throw new Error(`generated class ${n} did not parse`);
    return { classDef, examples: parseLibrary(datasetSource).datasets.flatMap((dataset) => dataset.examples) };
  });
}
