/** A word of an order signal: a literal word or a `{{ name }}` placeholder. */
export type SignalWord = { readonly literal: string } | { readonly parameter: string };

/** A placeholder (spaces inside the braces ignored) or a run of non-space characters. */
const SIGNAL_WORD = /\{\{\s*([^{}]*?)\s*\}\}|[^\s{]+|\{/g;

/** Splits a signal text into lower-cased literal words and placeholders, in order. */
export function parseSignalTemplate(text: string): SignalWord[] {
  const words: SignalWord[] = [];
  for (const match of text.matchAll(SIGNAL_WORD)) {
    const parameter = match[1];
    words.push(parameter === undefined ? { literal: match[0].toLowerCase() } : { parameter });
  }
  return words;
}

/** Whitespace tokens, as Kalliope splits orders (no punctuation stripping). */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}
