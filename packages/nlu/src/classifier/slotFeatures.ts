import type { Token } from '../text/tokenize.js';

/** Word shape: letters → x/X, digits → 0, runs collapsed ("McDonald's" → "XxXx'x"). */
function shapeOf(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/[\p{Ll}\p{Lo}\p{Lm}\p{Lt}]/gu, 'x')
    .replace(/\p{Nd}/gu, '0')
    .replace(/(.)\1+/gu, '$1');
}

/**
 * Features of the token at `position` for slot tagging: the word and its neighbours (±2), neighbour bigrams,
 * shape, affixes, the sentence's intent and the tag predicted for the previous token.
 */
export function slotFeatures(tokens: readonly Token[], position: number, intent: string, previousTag: string): string[] {
  const word = (offset: number): string => tokens[position + offset]?.text ?? (offset < 0 ? '<s>' : '</s>');
  const current = word(0);
  const token = tokens[position];
  return [
    `w0:${current}`,
    `w-1:${word(-1)}`,
    `w+1:${word(1)}`,
    `w-2:${word(-2)}`,
    `w+2:${word(2)}`,
    `w-1w0:${word(-1)} ${current}`,
    `w0w+1:${current} ${word(1)}`,
    `w-2w-1:${word(-2)} ${word(-1)}`,
    `w+1w+2:${word(1)} ${word(2)}`,
    `shape:${shapeOf(token?.original ?? '')}`,
    `pre:${current.slice(0, 3)}`,
    `suf:${current.slice(-3)}`,
    `intent:${intent}`,
    `intent-w0:${intent} ${current}`,
    `tag-1:${previousTag}`,
    `tag-1w0:${previousTag} ${current}`,
    'bias',
  ];
}
