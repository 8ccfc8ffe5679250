import type { SparseVector } from './classifierModel.js';
import { fitSoftmaxRegression } from './fitSoftmaxRegression.js';
import { linearScores } from './scoreIntents.js';
import { slotFeatures } from './slotFeatures.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** A slot value in a text: character offsets into it, as in api.ai `userSays` chunks or Snips annotations. */
export interface SlotSpan {
  readonly slot: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence annotated with its intent and slot spans. */
export interface SlotExample {
  readonly text: string;
  readonly intent: string;
  readonly slots: readonly SlotSpan[];
}

/** A found slot with the characters it covers. */
export interface TaggedSlot extends SlotSpan {
  readonly text: string;
}

/** A per-token BIO tagger: a softmax regression over context features, decoded greedily left to right. */
export interface SlotTaggerModel {
  /** `O`, `B-<slot>`, `I-<slot>`. */
  readonly intents: readonly string[];
  readonly featureIndex: ReadonlyMap<string, number>;
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

export interface SlotTaggerOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  readonly seed?: number;
}

const OUTSIDE = 'O';

function goldTags(tokens: readonly Token[], slots: readonly SlotSpan[]): string[] {
  let previous: SlotSpan | undefined;
  return tokens.map((token) => {
    const slot = slots.find((span) => token.start >= span.start && token.end <= span.end);
    const tag = slot === undefined ? OUTSIDE : `${slot === previous ? 'I' : 'B'}-${slot.slot}`;
    previous = slot;
    return tag;
  });
}

function vectorOf(features: readonly string[], index: ReadonlyMap<string, number>): SparseVector {
  const indices = features.map((feature) => index.get(feature)).filter((row) => row !== undefined);
  const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
  return { indices, values: indices.map(() => value) };
}

/**
 * Trains a slot tagger from annotated sentences (deterministic, like the intent classifier). Tokens come from
 * the package tokenizer; a token belongs to a slot when it lies inside the slot's span.
 */
export function trainSlotTagger(examples: readonly SlotExample[], options: SlotTaggerOptions = {}): SlotTaggerModel {
  const rows: { features: string[]; tag: string }[] = [];
  for (const example of examples) {
    const tokens = tokenize(example.text, { keepPunctuation: true });
    const tags = goldTags(tokens, example.slots);
    tokens.forEach((_, position) => {
      rows.push({ features: slotFeatures(tokens, position, example.intent, tags[position - 1] ?? OUTSIDE), tag: tags[position] ?? OUTSIDE });
    });
  }
  const featureIndex = new Map([...new Set(rows.flatMap((row) => row.features))].sort().map((feature, index) => [feature, index]));
  const tags = [...new Set([OUTSIDE, ...rows.map((row) => row.tag)])].sort();
  const tagIndex = new Map(tags.map((tag, index) => [tag, index]));
  const model = { intents: tags, featureIndex, weights: new Float32Array(featureIndex.size * tags.length), bias: new Float32Array(tags.length) };
  fitSoftmaxRegression(
    model,
    rows.map((row) => vectorOf(row.features, featureIndex)),
    rows.map((row) => tagIndex.get(row.tag) ?? 0),
    { epochs: options.epochs ?? 8, learningRate: options.learningRate ?? 1, l2: options.l2 ?? 1e-6, seed: options.seed ?? 1 },
  );
  return model;
}

/** Tags the slots of a sentence whose intent is known (greedy BIO decoding; a stray `I-` starts a slot). */
export function tagSlots(model: SlotTaggerModel, text: string, intent: string): TaggedSlot[] {
  const tokens = tokenize(text, { keepPunctuation: true });
  const scores = new Float64Array(model.intents.length);
  const found: { slot: string; start: number; end: number }[] = [];
  let previousTag = OUTSIDE;
  tokens.forEach((token, position) => {
    linearScores(model, vectorOf(slotFeatures(tokens, position, intent, previousTag), model.featureIndex), scores);
    let best = 0;
    for (let index = 1; index < scores.length; index += 1) if (scores[index]! > scores[best]!) best = index;
    const tag = model.intents[best] ?? OUTSIDE;
    const slot = tag.slice(2);
    const open = found.at(-1);
    if (tag.startsWith('I-') && open !== undefined && open.slot === slot && previousTag !== OUTSIDE) open.end = token.end;
    else if (tag !== OUTSIDE) found.push({ slot, start: token.start, end: token.end });
    previousTag = tag;
  });
  return found.map((span) => ({ ...span, text: text.slice(span.start, span.end) }));
}
