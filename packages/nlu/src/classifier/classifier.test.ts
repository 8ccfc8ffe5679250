import { describe, expect, it } from 'vitest';
import { calibrateClassifier } from './calibrateClassifier.js';
import { classifyIntent, rankInScopeIntents, rankIntents } from './classifyIntent.js';
import { loadClassifier, serializeClassifier } from './serializeClassifier.js';
import { trainingExamples, validationExamples } from './smallAgent.fixture.js';
import { textFeatures } from './textFeatures.js';
import { trainClassifier } from './trainClassifier.js';
import { vectorize, vectorizeFeatures } from './vectorize.js';

const model = trainClassifier(trainingExamples);

describe('trainClassifier', () => {
  it('classifies unseen paraphrases', () => {
    expect(classifyIntent(model, 'is it windy in madrid today')?.intent).toBe('weather');
    expect(classifyIntent(model, 'play me some blues')?.intent).toBe('music');
    expect(classifyIntent(model, 'set an alarm at 10 pm')?.intent).toBe('alarm');
  });
  it('is deterministic: the same data gives the same weights', () => {
    const again = trainClassifier(trainingExamples);
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
    expect(Array.from(again.bias)).toEqual(Array.from(model.bias));
  });
  it('does not depend on the order of the examples of different intents when the seed is fixed', () => {
    const shuffledIntents = trainClassifier([...trainingExamples].sort((a, b) => (a.intent < b.intent ? 1 : -1)));
    expect(shuffledIntents.intents).toEqual(model.intents);
  });
  it('a different seed gives a different but equally usable model', () => {
    const other = trainClassifier(trainingExamples, { seed: 7 });
    expect(Array.from(other.weights)).not.toEqual(Array.from(model.weights));
    expect(classifyIntent(other, 'will it rain in oslo')?.intent).toBe('weather');
  });
  it('learns many intents (more than a shortlist holds) after the first full pass', () => {
    const syllables = ['ka', 'lo', 'mi', 'nu', 'pe', 'ro', 'si', 'tu'];
    const topics = Array.from({ length: 40 }, (_, index) => `${syllables[index % 8] ?? ''}${syllables[Math.floor(index / 8)] ?? ''}zar`);
    const many = trainClassifier(
      topics.flatMap((topic) => ['tell me about', 'what is new with', 'i want news on'].map((prefix) => ({ text: `${prefix} ${topic}`, intent: topic }))),
    );
    expect(topics.filter((topic) => classifyIntent(many, `anything on ${topic} please`)?.intent === topic)).toEqual(topics);
  });
  it('leaves a text with no feature the model knows out of scope, whatever the biases say', () => {
    expect(rankIntents(model, 'qqq qqq')[0]?.confidence).toBeGreaterThan(0);
    expect(classifyIntent(model, 'qqq qqq')).toBeUndefined();
  });
  it('weighs word n-grams twice their idf by default, as much as character n-grams with wordFeatureWeight 1', () => {
    const even = trainClassifier(trainingExamples, { wordFeatureWeight: 1 });
    const word = model.featureIndex.get('w:play');
    const char = model.featureIndex.get('c:pla');
    expect(word).toBeDefined();
    expect(char).toBeDefined();
    expect(model.idf[word!]).toBeCloseTo(2 * even.idf[word!]!, 5);
    expect(model.idf[char!]).toBe(even.idf[char!]);
  });
  it('ranks every intent with confidences summing to 1', () => {
    const ranking = rankIntents(model, 'play some music');
    expect(ranking.map((entry) => entry.intent)[0]).toBe('music');
    expect(ranking.reduce((total, entry) => total + entry.confidence, 0)).toBeCloseTo(1, 10);
  });
});

describe('serializeClassifier / loadClassifier', () => {
  it('survives JSON with identical predictions', () => {
    const calibrated = calibrateClassifier(model, validationExamples);
    const restored = loadClassifier(JSON.parse(JSON.stringify(serializeClassifier(calibrated))));
    for (const text of ['will it rain', 'play jazz', 'alarm at 7', 'how do i bake bread', 'zzz']) {
      expect(rankIntents(restored, text)).toEqual(rankIntents(calibrated, text));
      expect(classifyIntent(restored, text)).toEqual(classifyIntent(calibrated, text));
    }
    expect(restored.temperature).toBe(calibrated.temperature);
    expect(restored.outOfScopeThreshold).toBe(calibrated.outOfScopeThreshold);
  });
  it('rejects another format and inconsistent sizes', () => {
    const json = serializeClassifier(model);
    expect(() => loadClassifier({ ...json, version: 2 as 1 })).toThrow(/Unsupported/);
    expect(() => loadClassifier({ ...json, intents: ['weather'] })).toThrow(/Corrupt/);
  });
});

describe('calibrateClassifier and out-of-scope detection', () => {
  const calibrated = calibrateClassifier(model, validationExamples);

  it('fits a positive temperature and a threshold from the out-of-scope validation sentences', () => {
    expect(calibrated.temperature).toBeGreaterThan(0);
    expect(calibrated.outOfScopeThreshold).toBeGreaterThan(0);
  });
  it('keeps in-scope sentences and rejects out-of-scope ones', () => {
    expect(classifyIntent(calibrated, 'what is the weather in tokyo')?.intent).toBe('weather');
    expect(classifyIntent(calibrated, 'who painted the mona lisa')).toBeUndefined();
  });
  it('can trade in-scope accuracy for a minimum out-of-scope recall on the validation split', () => {
    const strict = calibrateClassifier(model, validationExamples, { minOutOfScopeRecall: 1 });
    const lenient = calibrateClassifier(model, validationExamples, { minOutOfScopeRecall: 0 });
    const outOfScope = validationExamples.filter((example) => example.intent === null);
    expect(outOfScope.every((example) => classifyIntent(strict, example.text) === undefined)).toBe(true);
    expect(lenient.outOfScopeThreshold).toBe(0);
    expect(strict.outOfScopeThreshold).toBeGreaterThanOrEqual(calibrated.outOfScopeThreshold);
  });
  it('never rejects without out-of-scope validation sentences', () => {
    const inScopeOnly = calibrateClassifier(model, validationExamples.filter((example) => example.intent !== null));
    expect(inScopeOnly.outOfScopeThreshold).toBe(0);
    expect(classifyIntent(inScopeOnly, 'who painted the mona lisa')).toBeDefined();
  });
  it('an out-of-scope training label is learnt but never returned', () => {
    const withFallback = trainClassifier(
      [...trainingExamples, ...['tell me a joke', 'what is the meaning of life', 'how tall is everest', 'translate hello into french']
        .map((text) => ({ text, intent: 'none' }))],
      { outOfScopeIntent: 'none' },
    );
    expect(classifyIntent(withFallback, 'tell me a funny joke')).toBeUndefined();
    expect(rankIntents(withFallback, 'tell me a funny joke').map((entry) => entry.intent)).not.toContain('none');
    expect(classifyIntent(withFallback, 'play some jazz')?.intent).toBe('music');
  });
});

describe('rankInScopeIntents', () => {
  const withFallback = calibrateClassifier(
    trainClassifier(
      [...trainingExamples, ...['tell me a joke', 'what is the meaning of life', 'how tall is everest'].map((text) => ({ text, intent: 'none' }))],
      { outOfScopeIntent: 'none' },
    ),
    validationExamples,
  );
  const texts = [
    ...trainingExamples.map((example) => example.text),
    ...validationExamples.map((example) => example.text),
    'tell me a funny joke', 'qqq qqq', '', 'play', 'Wéather in PARIS?', 'set 2 alarms at 10:30 pm',
  ];

  it('answers exactly as classifyIntent then rankIntents did, for the model\'s threshold and any other', () => {
    let inScope = 0;
    for (const classifier of [model, withFallback]) {
      for (const threshold of [undefined, 0, 0.4, 0.6, 0.9, 1]) {
        const effective = threshold === undefined ? classifier : { ...classifier, outOfScopeThreshold: threshold };
        for (const text of texts) {
          const expected = classifyIntent(effective, text) === undefined ? [] : rankIntents(classifier, text);
          if (expected.length > 0) inScope += 1;
          expect(rankInScopeIntents(classifier, text, threshold)).toEqual(expected);
        }
      }
    }
    expect(inScope).toBeGreaterThan(0);
    expect(inScope).toBeLessThan(2 * 6 * texts.length);
  });

  it('leaves out the intents below `floor`, the others ranked as without it', () => {
    let cut = 0;
    for (const text of texts) {
      for (const floor of [0.01, 0.1, 0.3]) {
        const whole = rankInScopeIntents(withFallback, text, 0);
        const kept = rankInScopeIntents(withFallback, text, 0, floor);
        expect(kept).toEqual(whole.filter((entry) => entry.confidence >= floor));
        cut += whole.length - kept.length;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});

describe('vectorize', () => {
  it('gives the vector of the counted features (training path), repeated and unknown features included', () => {
    // Twice each: the second time from the rows kept for each word.
    for (const text of ['play play jazz jazz jazz', 'qqq weather qqq in paris paris', 'Wéather 10 10 pm', 'zzz', '', 'play play jazz jazz jazz']) {
      const expected = vectorizeFeatures(model, textFeatures(text, model.featureOptions));
      expect(vectorize(model, text)).toEqual(expected);
      expect(vectorize(model, text)).toEqual(expected);
    }
    expect(vectorize(model, 'play play jazz').indices.length).toBeGreaterThan(0);
  });

  it('keeps words\' rows per feature options: the same index read with other options gives their features', () => {
    const wordsOnly = { ...model, featureOptions: { ...model.featureOptions, charNgrams: [0, 0] as const } };
    for (const text of ['play some jazz', 'weather in paris']) {
      expect(vectorize(model, text)).toEqual(vectorizeFeatures(model, textFeatures(text, model.featureOptions)));
      expect(vectorize(wordsOnly, text)).toEqual(vectorizeFeatures(wordsOnly, textFeatures(text, wordsOnly.featureOptions)));
      expect(vectorize(wordsOnly, text).indices.length).toBeLessThan(vectorize(model, text).indices.length);
    }
  });
});
