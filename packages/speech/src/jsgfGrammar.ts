import type { PronouncingDictionary } from './pronouncingDictionary.js';

/** A JSGF grammar over the phrases the dictionary can pronounce, and what was left out and why. */
export interface JsgfGrammar {
  /** The grammar text, or null when no phrase could be included. */
  readonly jsgf: string | null;
  /** Normalised phrases in the grammar. */
  readonly phrases: readonly string[];
  /** Phrases with `{{ placeholders }}`: free text the grammar cannot describe (the language model covers them). */
  readonly freePhrases: readonly string[];
  /** Phrases with a word missing from the pronouncing dictionary, with that word. */
  readonly unpronounceable: readonly { readonly phrase: string; readonly word: string }[];
}

/** A `{{ placeholder }}` of free text in a phrase. */
export const PLACEHOLDER = /\{\{.*?\}\}/;

/** Lower-cases and keeps letters, digits and apostrophes, so "What time is it?" becomes "what time is it". */
export function normalisePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== "'")
    .join(' ');
}

/** Builds one public rule whose alternatives are the known phrases (orders, answers, templates). */
export function buildJsgfGrammar(phrases: Iterable<string>, dictionary: PronouncingDictionary): JsgfGrammar {
  const included = new Set<string>();
  const freePhrases: string[] = [];
  const unpronounceable: { phrase: string; word: string }[] = [];
  for (const raw of phrases) {
    if (PLACEHOLDER.test(raw)) {
      freePhrases.push(raw);
      continue;
    }
    const phrase = normalisePhrase(raw);
    if (phrase === '') continue;
    const missing = phrase.split(' ').find((word) => !dictionary.has(word));
    if (missing === undefined) included.add(phrase);
    else unpronounceable.push({ phrase: raw, word: missing });
  }
  const list = [...included];
  const jsgf =
    list.length === 0
      ? null
      : `#JSGF V1.0;\n\ngrammar parley;\n\npublic <phrase> =\n    ${list.join('\n  | ')}\n  ;\n`;
  return { jsgf, phrases: list, freePhrases, unpronounceable };
}
