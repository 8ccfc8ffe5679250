// Parameters of an intent the classifier chose (no example matched the whole query): entity mentions of the query
// are given to the intent's parameters in the order its examples annotate them, each mention used once ("2 biryani
// and 3 naans" → quantity1 2, food1 biryani, quantity2 3, food2 naans), and each `@sys.any` parameter takes the words
// between the words that surround it in an example ("what is @sys.any:movieName about").
import type { ExtractedValue } from '../ports.js';
import { fillParameters, type EntityMention, type IntentParameter as NluParameter, type JsonValue, type UserSays } from '@parley/nlu';
import type { NluIntent } from './nluAgent.js';

const aliasOf = (value: string): string | undefined => /^\$([A-Za-z0-9_-]+)$/.exec(value)?.[1];

/** Mean position of each alias among the annotated parts of the examples that use it (earlier first). */
function annotationOrder(userSays: readonly UserSays[]): Map<string, number> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const says of userSays) {
    says.data.filter((part) => part.alias !== undefined).forEach((part, index) => {
      const alias = part.alias ?? '';
      const sum = sums.get(alias) ?? { total: 0, count: 0 };
      sums.set(alias, { total: sum.total + index, count: sum.count + 1 });
    });
  }
  return new Map([...sums].map(([alias, { total, count }]) => [alias, total / count]));
}

/** The `$alias` parameters with an entity other than `@sys.any`, in the order the examples annotate them. */
function entityParameters(intent: NluIntent): NluParameter[] {
  const order = annotationOrder(intent.userSays);
  const seen = new Set<string>();
  const parameters: NluParameter[] = [];
  for (const parameter of intent.responses[0]?.parameters ?? []) {
    const alias = aliasOf(parameter.value);
    if (alias === undefined || seen.has(alias) || !parameter.dataType.startsWith('@') || parameter.dataType === '@sys.any') continue;
    seen.add(alias);
    parameters.push({ name: alias, entity: parameter.dataType, isList: parameter.isList });
  }
  const rank = (name: string): number => order.get(name) ?? Number.POSITIVE_INFINITY;
  return parameters.sort((a, b) => rank(a.name) - rank(b.name));
}

/** Aliases of the intent's `@sys.any` parameters. */
function anyAliases(intent: NluIntent): string[] {
  return [...new Set((intent.responses[0]?.parameters ?? []).flatMap((parameter) => {
    const alias = aliasOf(parameter.value);
    return alias !== undefined && parameter.dataType === '@sys.any' ? [alias] : [];
  }))];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((match) => ({
    text: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));

/** Index of the first word of `needle` in `words` at or after `from` (the last occurrence when `last`). */
function findWords(words: readonly Word[], needle: readonly Word[], from: number, last: boolean): number | undefined {
  const found: number[] = [];
  for (let at = from; at + needle.length <= words.length; at += 1) {
    if (needle.every((word, offset) => words[at + offset]?.text === word.text)) found.push(at);
  }
  return last ? found.at(-1) : found[0];
}

/** At most this many words of an example on either side of an `@sys.any` part locate it in the query. */
const CONTEXT_WORDS = 2;

/** The `@sys.any` value of one example's part `index` in the query, from the words around the part. */
function anyValueFrom(says: UserSays, index: number, query: string): ExtractedValue | undefined {
  const before = wordsOf(says.data.slice(0, index).map((part) => part.text).join('')).slice(-CONTEXT_WORDS);
  const after = wordsOf(says.data.slice(index + 1).map((part) => part.text).join('')).slice(0, CONTEXT_WORDS);
  const words = wordsOf(query);
  const left = before.length === 0 ? 0 : findWords(words, before, 0, true);
  if (left === undefined) return undefined;
  const first = left + before.length;
  const right = after.length === 0 ? words.length : findWords(words, after, first, false);
  if (right === undefined || right <= first) return undefined;
  const start = words[first]?.start ?? query.length;
  // At the end of the query the value keeps what follows its last word ("La La Land?"), as api.ai did.
  const end = right === words.length ? query.trimEnd().length : (words[right - 1]?.end ?? start);
  const value = query.slice(start, end).trim();
  return value === '' ? undefined : { value, original: value };
}

/** The value of `alias` read through the example whose surrounding words locate it best. */
function anyParameterValue(intent: NluIntent, alias: string, query: string): ExtractedValue | undefined {
  let best: { value: ExtractedValue; context: number } | undefined;
  for (const says of intent.userSays) {
    if (says.isTemplate) continue;
    says.data.forEach((part, index) => {
      if (part.alias !== alias || part.meta !== '@sys.any') return;
      const value = anyValueFrom(says, index, query);
      const context = Math.min(index, CONTEXT_WORDS) + Math.min(says.data.length - index - 1, CONTEXT_WORDS);
      if (value !== undefined && (best === undefined || context > best.context)) best = { value, context };
    });
  }
  return best?.value;
}

const originalOf = (value: JsonValue): string => (Array.isArray(value) ? value.join(' ') : String(value));

/** What {@link classifierParameters} reads of an intent's parameters, worked out once per intent. */
export interface ClassifierParameterPlan {
  /** The `$alias` parameters filled from entity mentions, in annotation order ({@link entityParameters}). */
  readonly entityParameters: readonly NluParameter[];
  /** The `@sys.any` aliases read through the examples ({@link anyAliases}). */
  readonly anyAliases: readonly string[];
}

export const classifierParameterPlan = (intent: NluIntent): ClassifierParameterPlan => ({
  entityParameters: entityParameters(intent),
  anyAliases: anyAliases(intent),
});

/** Whether the plan reads anything from the query (else the parameters are `{}` whatever the query's mentions). */
export const readsParameters = (plan: ClassifierParameterPlan): boolean => plan.entityParameters.length > 0 || plan.anyAliases.length > 0;

/** Parameters of a classifier-chosen intent from the query's entity mentions and its `@sys.any` examples. */
export function classifierParameters(
  intent: NluIntent,
  query: string,
  mentions: readonly EntityMention[],
  plan: ClassifierParameterPlan,
): Record<string, ExtractedValue> {
  const filled = fillParameters(plan.entityParameters, mentions);
  const values: Record<string, ExtractedValue> = {};
  for (const [name, value] of Object.entries(filled.parameters)) {
    values[name] = { value, original: originalOf(filled.originals[name] ?? value) };
  }
  for (const alias of plan.anyAliases) {
    const found = anyParameterValue(intent, alias, query);
    if (found !== undefined) values[alias] = found;
  }
  return values;
}
