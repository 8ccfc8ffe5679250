import { describe, expect, it } from 'vitest';
import { classifyIntent } from './classifyIntent.js';
import { heldOutThreshold } from './heldOutThreshold.js';
import { trainingExamples, validationExamples } from './smallAgent.fixture.js';
import { trainClassifier } from './trainClassifier.js';

const negatives = ['how do i cook pasta', 'who is the president', 'book a flight to rome', 'what is my bank balance', 'tell me a joke', 'translate hello into french'].map((text) => ({ text, intent: 'oos' }));

describe('heldOutThreshold', () => {
  it('rejects at most the allowed share of held-out sentences the fold models got right', () => {
    const strict = heldOutThreshold(trainingExamples, { maxInScopeLoss: 0 });
    const loose = heldOutThreshold(trainingExamples, { maxInScopeLoss: 0.3 });
    expect(strict).toBeGreaterThan(0);
    expect(loose).toBeGreaterThan(strict);
    // With no loss allowed, every in-scope validation paraphrase the model gets right is still accepted.
    const model = { ...trainClassifier(trainingExamples), outOfScopeThreshold: strict };
    const inScope = validationExamples.filter((example) => example.intent !== null);
    expect(inScope.filter((example) => classifyIntent(model, example.text)?.intent === example.intent)).toHaveLength(inScope.length);
  });

  it('learns negative examples as the out-of-scope label and never counts them as in scope', () => {
    const examples = [...trainingExamples, ...negatives];
    const train = { outOfScopeIntent: 'oos' };
    const threshold = heldOutThreshold(examples, { train, maxInScopeLoss: 0 });
    const model = { ...trainClassifier(examples, train), outOfScopeThreshold: threshold };
    expect(classifyIntent(model, 'how do i cook rice')).toBeUndefined();
    expect(classifyIntent(model, 'will it rain in rome tomorrow')?.intent).toBe('weather');
  });

  it('scales the fold threshold by a margin: 0.5 without negative examples, 0.7 with them', () => {
    const train = { outOfScopeIntent: 'oos' };
    const withNegatives = [...trainingExamples, ...negatives];
    expect(heldOutThreshold(trainingExamples, { train })).toBeCloseTo(0.5 * heldOutThreshold(trainingExamples, { train, margin: 1 }), 12);
    expect(heldOutThreshold(withNegatives, { train })).toBeCloseTo(0.7 * heldOutThreshold(withNegatives, { train, margin: 1 }), 12);
    expect(heldOutThreshold(trainingExamples, { train, margin: 1 })).toBeGreaterThan(0);
  });

  it('is 0 when no fold can be held out with two intents left', () => {
    expect(heldOutThreshold(trainingExamples.filter((example) => example.intent === 'music'))).toBe(0);
  });
});
