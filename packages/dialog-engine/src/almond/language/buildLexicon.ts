import type {
  ArgumentDef,
  ClassDef,
  Example,
  FunctionDef,
  InputParam,
  Invocation,
  Table,
  TypeRef,
  Value,
} from '@parley/thingtalk';
import { substituteVarRefs } from '../substituteVarRefs.js';
import type { Category, Fragment, FunctionRef, PatternItem, Phrase } from './phrase.js';
import { stem, STOP_WORDS, words } from './words.js';

/** A device kind as the parser needs it: its class and the examples of its dataset. */
export interface LexiconKind {
  readonly classDef: ClassDef;
  readonly examples: readonly Example[];
}

/** The phrases of the installed devices, indexed by content stem for retrieval. */
export interface Lexicon {
  readonly phrases: readonly Phrase[];
  /** stem → indices into `phrases` of the phrases containing it. */
  readonly index: ReadonlyMap<string, readonly number[]>;
  /** Phrases with an Enum slot and no content word (a bare enum value such as "hello"), always tried. */
  readonly bare: readonly number[];
}

const PLACEHOLDER = /\$\{(\w+)(?::[^}]*)?\}|\$(\w+)/g;

/** The last part of a kind (`xkcd` of `com.xkcd`), the device's name as people say it. */
function brandOf(kind: string): string {
  return stem(kind.slice(kind.lastIndexOf('.') + 1));
}

/**
 * Words and `${slot}` / `$slot` placeholders of an utterance → pattern items; null when a placeholder is unknown.
 * `brand` is the device's name.
 */
function pattern(utterance: string, slots: ReadonlyMap<string, TypeRef>, brand: string): PatternItem[] | null {
  const items: PatternItem[] = [];
  let last = 0;
  const literal = (text: string): void => {
    for (const word of words(text)) items.push({ kind: 'word', stem: word.stem, stop: STOP_WORDS.has(word.stem), brand: word.stem === brand });
  };
  for (const match of utterance.matchAll(PLACEHOLDER)) {
    literal(utterance.slice(last, match.index));
    const name = match[1] ?? match[2] ?? '';
    const type = slots.get(name);
    if (type === undefined) return null;
    items.push({ kind: 'slot', name, type });
    last = match.index + match[0].length;
  }
  literal(utterance.slice(last));
  return items;
}

function stringAnnotation(value: Value | undefined): string | null {
  return value?.type === 'String' ? value.value : null;
}

function invocationTable(fn: FunctionRef, inParams: readonly InputParam[]): Table {
  return { type: 'Invocation', invocation: invocation(fn, inParams) };
}

function invocation(fn: FunctionRef, inParams: readonly InputParam[]): Invocation {
  return { selector: { kind: fn.kind, id: null, attributes: [] }, channel: fn.name, inParams };
}

/** A fragment calling `fn` with the bound input parameters; a required one left out is `$?`. */
function callFragment(fn: FunctionRef, values: ReadonlyMap<string, Value>): Fragment {
  const inParams: InputParam[] = [];
  for (const arg of fn.def.args) {
    if (arg.direction === 'out') continue;
    const value = values.get(arg.name) ?? (arg.direction === 'in req' ? ({ type: 'Undefined', local: true } as Value) : undefined);
    if (value !== undefined) inParams.push({ name: arg.name, value });
  }
  return fn.def.functionType === 'action'
    ? { category: 'action', action: { type: 'Invocation', invocation: invocation(fn, inParams) }, fn }
    : { category: 'query', table: invocationTable(fn, inParams), fn };
}

/** The words of a parameter name: `data_in` → "data in". */
function argWords(arg: ArgumentDef): string {
  return arg.name.replace(/_/g, ' ');
}

/** Utterances made from the class: canonical form, canonical form with each parameter, the confirmation. */
function classUtterances(fn: FunctionRef): string[] {
  const canonical = stringAnnotation(fn.def.annotations.nl['canonical']) ?? fn.name.replace(/_/g, ' ');
  const inputs = fn.def.args.filter((arg) => arg.direction !== 'out');
  const utterances = [canonical];
  for (const arg of inputs) {
    const slot = `\${${arg.name}}`;
    utterances.push(`${canonical} ${argWords(arg)} ${slot}`, `${canonical} with ${argWords(arg)} ${slot}`);
    if (arg.type.kind !== 'Boolean') utterances.push(`${canonical} ${slot}`);
    if (arg.type.kind === 'Number' || arg.type.kind === 'Measure') utterances.push(`${slot} ${canonical}`);
  }
  // an action's verb alone takes its first required parameter: "log a message" → "log ${message}"
  const [verb] = canonical.split(' ');
  const required = inputs.find((arg) => arg.direction === 'in req');
  if (fn.def.functionType === 'action' && verb !== undefined && verb !== canonical && required !== undefined) utterances.push(`${verb} \${${required.name}}`);
  const confirmation = stringAnnotation(fn.def.annotations.nl['confirmation']);
  if (confirmation !== null) utterances.push(confirmation.replace(/\$(\w+)/g, (_whole, name: string) => `\${${name}}`));
  return utterances;
}

/** A phrase before the stems of its function's other phrases are known. */
type Unrelated = Omit<Phrase, 'related'>;

function phrase(category: Category, items: PatternItem[], fn: FunctionRef, prior: number, build: Phrase['build']): Unrelated {
  const content = [...new Set(items.flatMap((item) => (item.kind === 'word' && !item.stop ? [item.stem] : [])))];
  return { category, items, content, fn, prior, build };
}

/** Each phrase with the content stems of every phrase of its function. */
function relate(phrases: readonly Unrelated[]): Phrase[] {
  const related = new Map<string, Set<string>>();
  for (const entry of phrases) {
    const key = `${entry.fn.kind}.${entry.fn.name}`;
    const words = related.get(key) ?? new Set<string>();
    for (const word of entry.content) words.add(word);
    related.set(key, words);
  }
  return phrases.map((entry) => ({ ...entry, related: related.get(`${entry.fn.kind}.${entry.fn.name}`) ?? new Set() }));
}

function classPhrases(fn: FunctionRef): Unrelated[] {
  const slots = new Map(fn.def.args.filter((arg) => arg.direction !== 'out').map((arg) => [arg.name, arg.type]));
  const category: Category = fn.def.functionType === 'action' ? 'action' : 'query';
  return classUtterances(fn).flatMap((utterance) => {
    const items = pattern(utterance, slots, brandOf(fn.kind));
    return items === null ? [] : [phrase(category, items, fn, 0.15, (values) => callFragment(fn, values))];
  });
}

/** The function an example is about: the first invocation in it. */
function firstInvocation(node: unknown): Invocation | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstInvocation(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof node !== 'object' || node === null) return null;
  const record = node as Record<string, unknown>;
  if (typeof record['channel'] === 'string' && typeof record['selector'] === 'object') return record as unknown as Invocation;
  return firstInvocation(Object.values(record));
}

function exampleFragment(example: Example, values: ReadonlyMap<string, Value>, fn: FunctionRef): Fragment {
  const filled = new Map(example.args.map((arg) => [arg.name, values.get(arg.name) ?? ({ type: 'Undefined', local: true } as Value)]));
  switch (example.kind) {
    case 'query':
      return { category: 'query', table: substituteVarRefs(example.value, filled), fn };
    case 'stream':
      return { category: 'stream', stream: substituteVarRefs(example.value, filled), fn };
    case 'action':
      return { category: 'action', action: substituteVarRefs(example.value, filled), fn };
    case 'program':
      return { category: 'program', program: substituteVarRefs(example.value, filled), fn };
  }
}

/**
 * An example that fixes an Enum parameter whose words appear in the utterance ("tell me a joke" with
 * `intent=enum(joke)`) also says the other values: the words become an Enum slot ("tell me a ${intent}").
 */
function enumGeneralisations(example: Example, utterance: string, fn: FunctionRef): Unrelated[] {
  if (example.kind !== 'query' && example.kind !== 'action') return [];
  const call = example.value.type === 'Invocation' ? example.value.invocation : null;
  if (call === null || example.args.length > 0) return [];
  return call.inParams.flatMap((param) => {
    const arg = fn.def.args.find((candidate) => candidate.name === param.name);
    if (param.value.type !== 'Enum' || arg === undefined || arg.type.kind !== 'Enum') return [];
    const spoken = param.value.value.replace(/_/g, ' ');
    const at = ` ${utterance} `.indexOf(` ${spoken} `);
    if (at < 0) return [];
    const general = `${utterance.slice(0, at)}\${${param.name}}${utterance.slice(at + spoken.length)}`;
    const items = pattern(general, new Map([[param.name, arg.type]]), brandOf(fn.kind));
    if (items === null) return [];
    const fixed = new Map(call.inParams.filter((other) => other !== param).map((other) => [other.name, other.value]));
    return [phrase(example.kind, items, fn, 0.1, (values) => callFragment(fn, new Map([...fixed, ...values])))];
  });
}

function examplePhrases(example: Example, classes: ReadonlyMap<string, ClassDef>): Unrelated[] {
  const call = firstInvocation(example.value);
  if (call === null) return [];
  const classDef = classes.get(call.selector.kind);
  const def: FunctionDef | undefined = classDef?.queries[call.channel] ?? classDef?.actions[call.channel];
  if (def === undefined) return [];
  const fn: FunctionRef = { kind: call.selector.kind, name: call.channel, def };
  const slots = new Map(example.args.map((arg) => [arg.name, arg.type]));
  return example.utterances.flatMap((utterance) => {
    const items = pattern(utterance, slots, brandOf(fn.kind));
    if (items === null) return [];
    return [phrase(example.kind, items, fn, 0, (values) => exampleFragment(example, values, fn)), ...enumGeneralisations(example, utterance, fn)];
  });
}

/** Compiles the phrases of the installed device kinds (no code per device: classes and datasets only). */
export function buildLexicon(kinds: readonly LexiconKind[]): Lexicon {
  const classes = new Map(kinds.map(({ classDef }) => [classDef.kind, classDef]));
  const unrelated: Unrelated[] = [];
  for (const { classDef, examples } of kinds) {
    for (const def of [...Object.values(classDef.queries), ...Object.values(classDef.actions)]) {
      unrelated.push(...classPhrases({ kind: classDef.kind, name: def.name, def }));
    }
    for (const example of examples) unrelated.push(...examplePhrases(example, classes));
  }
  const phrases = relate(unrelated);
  const index = new Map<string, number[]>();
  const bare: number[] = [];
  phrases.forEach((entry, position) => {
    if (entry.content.length === 0 && entry.items.some((item) => item.kind === 'slot' && item.type.kind === 'Enum')) bare.push(position);
    for (const stem of entry.content) {
      const list = index.get(stem) ?? [];
      list.push(position);
      index.set(stem, list);
    }
  });
  return { phrases, index, bare };
}
