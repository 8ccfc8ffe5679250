import type { SignalWord } from './signalTemplate.js';

function isLiteral(word: SignalWord | undefined): word is { readonly literal: string } {
  return word !== undefined && 'literal' in word;
}

/**
 * Kalliope's parameter extraction (docs/protocols/kalliope.md §3.4), run on the lower-cased, corrected order words.
 * A literal signal word consumes user words up to and including the first equal one; a placeholder takes the
 * user words up to the next literal signal word, or all the rest when no literal follows. Two adjacent
 * placeholders are unsupported, as in Kalliope: the first one takes the words and the second one is empty.
 */
export function extractOrderParameters(signal: readonly SignalWord[], userWords: readonly string[]): Record<string, string> {
  const parameters: Record<string, string> = {};
  let position = 0;
  signal.forEach((word, index) => {
    if (isLiteral(word)) {
      const found = userWords.indexOf(word.literal, position);
      position = found === -1 ? userWords.length : found + 1;
      return;
    }
    const nextLiteral = signal.slice(index + 1).find(isLiteral);
    const stop = nextLiteral === undefined ? -1 : userWords.indexOf(nextLiteral.literal, position);
    const end = stop === -1 ? userWords.length : stop;
    parameters[word.parameter] = userWords.slice(position, end).join(' ');
    position = end;
  });
  return parameters;
}
