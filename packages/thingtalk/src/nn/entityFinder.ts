import type { Value } from '../ast/index.js';
import { printValue } from '../printer/values.js';
import { entityMatches, splitPlaceholder } from './entities.js';
import type { DateContext, EntityMap } from './entities.js';

/** The words a value would appear as in the sentence, for the types that may be copied from it. */
function sentenceWords(type: string, v: Value): string | null {
  if (type === 'QUOTED_STRING' && v.type === 'String') return v.value;
  if ((type === 'HASHTAG' || type === 'USERNAME') && v.type === 'Entity') return v.value;
  if (type === 'LOCATION' && v.type === 'Location' && v.value.kind === 'absolute') return v.value.display?.toLowerCase() ?? null;
  if (type === 'LOCATION' && v.type === 'Location' && v.value.kind === 'unresolved') return v.value.name.toLowerCase();
  if (type.startsWith('GENERIC_ENTITY_') && v.type === 'Entity') return v.display?.toLowerCase() ?? null;
  return null;
}

function inlineForm(type: string, words: string[]): string[] {
  const quoted = ['"', ...words, '"'];
  if (type === 'QUOTED_STRING') return quoted;
  if (type === 'HASHTAG') return [...quoted, '^^tt:hashtag'];
  if (type === 'USERNAME') return [...quoted, '^^tt:username'];
  if (type === 'LOCATION') return ['location:', ...quoted];
  return [...quoted, `^^${type.slice('GENERIC_ENTITY_'.length)}`];
}

function containsSequence(sentence: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= sentence.length; i++) {
    if (words.every((word, j) => sentence[i + j] === word)) return true;
  }
  return false;
}

/**
 * Finds the placeholder for a value (thingtalk 1.x `EntityRetriever`): an unused entity of the map with that
 * value (first by index), else one already used, else the words of the sentence (`" foo bar "`).
 */
export class EntityFinder {
  readonly #sentence: readonly string[];
  readonly #entities: EntityMap;
  readonly #unused: Map<string, unknown>;
  readonly #used = new Map<string, unknown>();
  readonly #dates: DateContext;

  constructor(sentence: readonly string[], entities: EntityMap, dates: DateContext = {}) {
    this.#sentence = sentence;
    this.#entities = entities;
    this.#unused = new Map(Object.entries(entities));
    this.#dates = dates;
  }

  #candidates(bag: ReadonlyMap<string, unknown>, type: string, v: Value): string[] {
    const found: [string, number][] = [];
    for (const [key, raw] of bag) {
      const placeholder = splitPlaceholder(key);
      if (placeholder !== null && placeholder[0] === type && entityMatches(type, raw, v, this.#dates)) found.push([key, placeholder[1]]);
    }
    return found.sort((a, b) => a[1] - b[1]).map(([key]) => key);
  }

  /** The tokens for `v` as an entity of `type`; null when not found and `optional`. */
  find(type: string, v: Value, optional = false): string[] | null {
    const [fresh] = this.#candidates(this.#unused, type, v);
    if (fresh !== undefined) {
      this.#used.set(fresh, this.#unused.get(fresh));
      this.#unused.delete(fresh);
      return [fresh];
    }
    const reused = this.#candidates(this.#used, type, v);
    if (reused.length > 1) throw new Error(`Ambiguous entity ${printValue(v)} of type ${type}`);
    if (reused[0] !== undefined) return [reused[0]];
    if (optional) return null;
    const words = sentenceWords(type, v);
    if (words !== null && words !== '' && containsSequence(this.#sentence, words.split(' '))) return inlineForm(type, words.split(' '));
    throw new Error(`Cannot find entity ${words ?? printValue(v)} of type ${type}, have ${JSON.stringify(this.#entities)}`);
  }
}
