import { tokenize, type Token } from '../text/tokenize.js';
import type { SystemEntityMatch, SystemEntityName } from './systemEntityMatch.js';
import { WORD_ENTITY_LEXICONS } from './wordEntityLexicon.js';

/** A phrase of a lexicon, tokenised once. */
interface Phrase {
  readonly entity: SystemEntityName;
  readonly words: readonly string[];
  readonly value: string;
}

/** Phrases indexed by their first word, longest first, built on first use. */
let phrasesByFirstWord: Map<string, Phrase[]> | undefined;

function phraseIndex(): Map<string, Phrase[]> {
  if (phrasesByFirstWord !== undefined) return phrasesByFirstWord;
  const index = new Map<string, Phrase[]>();
  for (const [entity, lexicon] of Object.entries(WORD_ENTITY_LEXICONS)) {
    for (const [value, phrases] of Object.entries(lexicon ?? {})) {
      for (const phrase of phrases) {
        const words = tokenize(phrase).map((token) => token.text);
        const first = words[0];
        if (first === undefined) continue;
        const list = index.get(first) ?? [];
        list.push({ entity: entity as SystemEntityName, words, value });
        index.set(first, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  phrasesByFirstWord = index;
  return index;
}

function matchesAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.text === word);
}

/** Action words, colours and given names of the requested kinds (English word lists). */
export function recognizeWordEntities(text: string, entities: ReadonlySet<SystemEntityName>): SystemEntityMatch[] {
  const index = phraseIndex();
  const tokens = tokenize(text);
  const matches: SystemEntityMatch[] = [];
  tokens.forEach((token, at) => {
    const seen = new Set<SystemEntityName>();
    for (const phrase of index.get(token.text) ?? []) {
      if (!entities.has(phrase.entity) || seen.has(phrase.entity) || !matchesAt(tokens, at, phrase.words)) continue;
      seen.add(phrase.entity);
      const last = tokens[at + phrase.words.length - 1] ?? token;
      const original = text.slice(token.start, last.end);
      matches.push({ entity: phrase.entity, start: token.start, end: last.end, text: original, value: phrase.value });
    }
  });
  return matches;
}
